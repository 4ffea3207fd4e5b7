package io.mentorfeed.ingest.parse;

import java.net.URI;

/** Resolves feed links: relative ones against a base (xml:base already applied by Rome, else the feed URL). */
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
        try {
            URI uri = new URI(trimmed);
            if (uri.isAbsolute() || base == null) {
                return uri.toString();
            }
            return base.resolve(uri).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return trimmed;
        }
    }

    /** A base URI from a string, or {@code fallback} when it is missing, relative or invalid. */
    static URI baseOr(String candidate, URI fallback) {
        if (candidate == null) {
            return fallback;
        }
        try {
            URI uri = new URI(candidate.strip());
            return uri.isAbsolute() ? uri : fallback == null ? null : fallback.resolve(uri);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return fallback;
        }
    }
}
