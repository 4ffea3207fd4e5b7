package io.mentorfeed.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a feed body into text in one bulk decode (Rome's own reader goes character by character, FIGURES.md).
 * Charsets are tried in order of trust: the HTTP Content-Type, the XML declaration, the byte-order mark, UTF-8;
 * the first that decodes the bytes without error wins. A feed that lies (says UTF-8, sends Latin-1) therefore
 * falls through to the next candidate, and windows-1252, which decodes anything, is the last resort.
 */
final class CharsetDecoding {
    private static final Pattern HTTP_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final Charset LAST_RESORT = Charset.forName("windows-1252");

    /** The text and the charset it was decoded with. */
    record Decoded(String text, Charset charset) {}

    private CharsetDecoding() {}

    static Decoded decode(byte[] body, String contentType) {
        Charset bom = bomCharset(body);
        int skip = bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
        Set<Charset> candidates = new LinkedHashSet<>();
        add(candidates, match(HTTP_CHARSET, contentType));
        add(candidates, xmlDeclared(body, skip, bom));
        if (bom != null) {
            candidates.add(bom);
        }
        candidates.add(StandardCharsets.UTF_8);
        candidates.add(LAST_RESORT);
        ByteBuffer bytes = ByteBuffer.wrap(body, skip, body.length - skip);
        for (Charset charset : candidates) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                // The JDK's own UTF-8 decoding is several times faster than a reporting decoder; it writes U+FFFD
                // for bytes that are not UTF-8, so only a text with one (rare, real or not) is checked strictly.
                String fast = new String(body, skip, body.length - skip, StandardCharsets.UTF_8);
                if (fast.indexOf('\uFFFD') < 0) {
                    return new Decoded(fast, charset);
                }
            }
            try {
                CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate());
                return new Decoded(chars.toString(), charset);
            } catch (CharacterCodingException e) {
                // The charset lied about these bytes: try the next one.
            }
        }
        return new Decoded(new String(body, skip, body.length - skip, LAST_RESORT), LAST_RESORT);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The encoding the XML declaration names, read in the BOM's charset or as ASCII. */
    private static String xmlDeclared(byte[] body, int skip, Charset bom) {
        int length = Math.min(body.length - skip, 200);
        String head = new String(body, skip, length, bom != null && bom != StandardCharsets.UTF_8 ? bom
                : StandardCharsets.ISO_8859_1);
        return match(XML_ENCODING, head.stripLeading());
    }

    private static String match(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static void add(Set<Charset> candidates, String name) {
        if (name == null) {
            return;
        }
        try {
            candidates.add(Charset.forName(name.strip().toLowerCase(Locale.ROOT)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // An unknown charset name is one more lie; the other candidates remain.
        }
    }
}
