package io.mentorfeed.ingest.websub;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP {@code Link} headers (RFC 8288) as publishers use them to advertise a hub:
 * {@code Link: <https://hub.example/>; rel="hub", <https://blog.example/feed>; rel="self"}. A header may hold several
 * links, a rel several space-separated types; targets are resolved against the URL the feed was fetched from.
 */
public record LinkHeader(URI target, Set<String> rels) {
    /** One link: {@code <target>} then its parameters, up to the comma that starts the next link. */
    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,=]+(?:=(?:\"[^\"]*\"|[^;,]*))?)*)");
    private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]+))",
            Pattern.CASE_INSENSITIVE);

    public LinkHeader {
        rels = Set.copyOf(rels);
    }

    /** Every link of every header value; a target that is no URL is skipped. */
    public static List<LinkHeader> parse(List<String> values, URI base) {
        List<LinkHeader> links = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                Optional<URI> target = resolve(base, link.group(1).strip());
                Matcher rel = REL.matcher(link.group(2));
                if (target.isPresent() && rel.find()) {
                    String types = rel.group(1) != null ? rel.group(1) : rel.group(2);
                    String[] split = types.toLowerCase(Locale.ROOT).strip().split("\\s+");
                    links.add(new LinkHeader(target.get(), Set.copyOf(List.of(split))));
                }
            }
        }
        return links;
    }

    /** The first link of this relation type, if any. */
    public static Optional<URI> first(List<String> values, URI base, String rel) {
        return parse(values, base).stream().filter(l -> l.rels().contains(rel)).map(LinkHeader::target).findFirst();
    }

    private static Optional<URI> resolve(URI base, String target) {
        try {
            URI uri = new URI(target);
            return Optional.of(base == null ? uri : base.resolve(uri));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
