package io.mentorfeed.ingest.parse;

import java.net.URI;

/** Resolves feed links: relative ones against the base of the element that holds them (see {@link XmlBase}). */
final class Links {
    /** Longer is no link anyone can follow (browsers and servers stop at a few KiB); it is dropped, not cut. */
    static final int MAX_CHARS = 4_096;

    private Links() {}

    /** The absolute form of {@code link}, or the link as given when it is not a valid URI reference; null if huge. */
    static String resolve(URI base, String link) {
        if (link == null || link.isBlank() || link.length() > MAX_CHARS) {
            return null;
        }
        String trimmed = link.strip();
        if (isActive(trimmed)) {
            return null;
        }
        if (hasWebScheme(trimmed)) {
            return trimmed; // absolute already: what java.net.URI would give back, parsed or not
        }
        try {
            URI uri = new URI(trimmed);
            if (uri.isAbsolute() || base == null) {
                return uri.toString();
            }
            if (base.isOpaque()) {
                return trimmed;
            }
            // java.net.URI drops the base's query for a fragment-only reference; RFC 3986 5.2.2 keeps it.
            if (trimmed.startsWith("#")) {
                String whole = base.toString();
                int hash = whole.indexOf('#');
                return (hash < 0 ? whole : whole.substring(0, hash)) + trimmed;
            }
            return withoutDotSegmentsAboveRoot(rooted(base).resolve(uri)).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return trimmed;
        }
    }

    private static boolean hasWebScheme(String link) {
        return link.regionMatches(true, 0, "https://", 0, 8) || link.regionMatches(true, 0, "http://", 0, 7);
    }

    /** javascript:, vbscript: and data: links run or carry content instead of pointing somewhere: never a link. */
    private static boolean isActive(String link) {
        int colon = link.indexOf(':');
        if (colon < 4 || colon > 24) {
            return false; // no scheme, or none of these three
        }
        StringBuilder scheme = new StringBuilder(colon);
        for (int i = 0; i < colon; i++) {
            char c = link.charAt(i);
            if (c > ' ') { // browsers ignore spaces and controls inside a scheme: "java\tscript:"
                scheme.append(Character.toLowerCase(c));
            }
        }
        String name = scheme.toString();
        return name.equals("javascript") || name.equals("vbscript") || name.equals("data");
    }

    /** As {@link #resolve(URI, String)}, the base worked out only for a relative link. */
    static String resolve(LinkBase base, String link) {
        if (link == null || link.isBlank() || link.length() > MAX_CHARS) {
            return null;
        }
        String trimmed = link.strip();
        return hasWebScheme(trimmed) && !isActive(trimmed) ? trimmed : resolve(base.uri(), trimmed);
    }

    /** A base URI from a string, or {@code fallback} when it is missing, relative with no fallback, or invalid. */
    static URI baseOr(String candidate, URI fallback) {
        if (candidate == null || candidate.isBlank()) {
            return fallback;
        }
        try {
            URI uri = new URI(candidate.strip());
            return uri.isAbsolute() ? rooted(uri) : fallback == null || fallback.isOpaque() ? fallback
                    : withoutDotSegmentsAboveRoot(rooted(fallback).resolve(uri));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return fallback;
        }
    }

    /**
     * "https://host" with an empty path as "https://host/": java.net.URI resolves "x" against the former to
     * "https://hostx", and RFC 3986 5.2.3 merges as if the path were "/".
     */
    private static URI rooted(URI uri) {
        if (uri.getRawAuthority() == null || uri.getRawPath() == null || !uri.getRawPath().isEmpty()) {
            return uri;
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/"
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }

    /** "../" past the root is dropped (RFC 3986 5.2.4); java.net.URI keeps it as "/../". */
    private static URI withoutDotSegmentsAboveRoot(URI uri) {
        String path = uri.getRawPath();
        if (path == null || uri.getRawAuthority() == null || !path.startsWith("/..")) {
            return uri;
        }
        while (path.startsWith("/../")) {
            path = path.substring(3);
        }
        if (path.equals("/..")) {
            path = "/";
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }
}
