package io.mentorfeed.ingest.parse;

/** The namespace URIs of the feed formats and modules read here, with the other spellings found in the wild. */
final class Namespaces {
    static final String NONE = "";
    static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String SLASH = "http://purl.org/rss/1.0/modules/slash/";
    static final String WFW = "http://wellformedweb.org/CommentAPI/";
    static final String THREADING = "http://purl.org/syndication/thread/1.0";
    static final String DC_TERMS = "http://purl.org/dc/terms/";

    static final Family DUBLIN_CORE = new Family("http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/");
    static final Family ITUNES = new Family("http://www.itunes.com/dtds/podcast-1.0.dtd");
    static final Family MEDIA = new Family("http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss",
            "http://tools.search.yahoo.com/mrss/");

    private Namespaces() {}

    /** One module's namespace under the URIs it is published with; compared without case (iTunes' DTDs/dtds). */
    static final class Family {
        private final String[] uris;

        Family(String... uris) {
            this.uris = uris.clone();
        }

        /** Asked of every child of every item: a length check rules out nearly all at once. */
        boolean contains(String uri) {
            for (String known : uris) {
                if (known.length() == uri.length() && known.equalsIgnoreCase(uri)) {
                    return true;
                }
            }
            return false;
        }
    }
}
