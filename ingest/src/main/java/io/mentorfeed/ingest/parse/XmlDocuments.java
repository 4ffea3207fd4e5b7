package io.mentorfeed.ingest.parse;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.UncheckedJDOMFactory;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.nodes.Entities;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns feed text into a JDOM document, safely and once. Safety: a DOCTYPE with declarations of its own (where
 * entity bombs and external entities live) is refused before the parser sees it; any other DOCTYPE (RSS 0.91's
 * Netscape one names a DTD) is read without fetching its DTD, and the HTML entities such a DTD would define are
 * read as HTML defines them. Speed: one non-validating parser per thread, reused; Rome's XML healer (which mends
 * stray HTML entities and junk before the prolog, one character at a time) only for a document that fails without.
 */
final class XmlDocuments {
    /** Deeper than this is no feed: a bomb of nested elements. */
    static final int MAX_ELEMENT_DEPTH = 512;

    private static final ThreadLocal<SAXBuilder> BUILDERS = ThreadLocal.withInitial(XmlDocuments::builder);

    private XmlDocuments() {}

    static Document parse(String text) throws FeedParseException {
        String refusal = Doctypes.refusal(text);
        if (refusal != null) {
            throw new FeedParseException(refusal, null);
        }
        try {
            return build(new StringReader(text));
        } catch (DeclarationRefused refused) {
            throw new FeedParseException(Doctypes.REFUSED, refused);
        } catch (JDOMException | IOException | RuntimeException strict) {
            try {
                return build(new XmlFixerReader(new StringReader(text)));
            } catch (DeclarationRefused refused) {
                throw new FeedParseException(Doctypes.REFUSED, refused);
            } catch (JDOMException | IOException | RuntimeException healed) {
                throw new FeedParseException(FeedParser.reason(strict), strict);
            }
        }
    }

    private static Document build(Reader reader) throws JDOMException, IOException {
        return BUILDERS.get().build(new InputSource(reader));
    }

    private static SAXBuilder builder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_ELEMENT_DEPTH);
        // Belt and braces: whatever asks for an outside entity gets nothing.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setExpandEntities(false);
        // The parser has already checked what JDOM's default factory would check again on every node it adds.
        builder.setJDOMFactory(new UncheckedJDOMFactory());
        builder.setSAXHandlerFactory(HtmlEntityHandler::new);
        builder.setReuseParser(true);
        return builder;
    }

    /**
     * Two guards in the parser itself. Any declaration is refused, wherever it comes from (the prolog check
     * already refused an internal subset; this also holds for a document the healer rewrote). And a document whose
     * DOCTYPE names a DTD that is not read leaves its entities undefined, so the parser skips them: those named
     * like HTML's (&amp;nbsp; in RSS 0.91) become their characters; others are dropped.
     */
    private static final class HtmlEntityHandler extends SAXHandler {
        HtmlEntityHandler(org.jdom2.JDOMFactory factory) {
            super(factory);
        }

        @Override
        public void internalEntityDecl(String name, String value) {
            throw new DeclarationRefused();
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) {
            throw new DeclarationRefused();
        }

        @Override
        public void unparsedEntityDecl(String name, String publicId, String systemId, String notation) {
            throw new DeclarationRefused();
        }

        @Override
        public void elementDecl(String name, String model) {
            throw new DeclarationRefused();
        }

        @Override
        public void attributeDecl(String element, String attribute, String type, String mode, String value) {
            throw new DeclarationRefused();
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            String value = name.startsWith("%") ? "" : Entities.getByName(name);
            if (!value.isEmpty()) {
                characters(value.toCharArray(), 0, value.length());
            }
        }
    }

    /** A DOCTYPE declared something: thrown from inside the parser, which then stops. */
    private static final class DeclarationRefused extends RuntimeException {
        DeclarationRefused() {
            super(Doctypes.REFUSED, null, false, false);
        }
    }
}
