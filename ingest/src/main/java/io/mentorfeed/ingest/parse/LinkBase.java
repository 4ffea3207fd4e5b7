package io.mentorfeed.ingest.parse;

import java.net.URI;
import java.util.function.Supplier;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * The base URI the links of an HTML field are resolved against, worked out only when a relative link needs it:
 * nearly every link a feed writes is absolute, and parsing a base for every field would cost more than its links.
 * Not thread-safe: one per field being read.
 */
final class LinkBase {
    /** No base: relative links stay relative (plain text made from markup has no links to resolve). */
    static final LinkBase NONE = new LinkBase(() -> null);

    private Supplier<URI> compute;
    private URI uri;

    private LinkBase(Supplier<URI> compute) {
        this.compute = compute;
    }

    static LinkBase of(URI uri) {
        return new LinkBase(() -> uri);
    }

    static LinkBase lazily(Supplier<URI> compute) {
        return new LinkBase(compute);
    }

    URI uri() {
        if (compute != null) {
            uri = compute.get();
            compute = null;
        }
        return uri;
    }

    /** The base of a child element: changed by its own xml:base, if it has one. */
    LinkBase child(Element element) {
        String base = element.getAttributeValue("base", Namespace.XML_NAMESPACE);
        return base == null ? this : lazily(() -> XmlBase.below(uri(), base));
    }
}
