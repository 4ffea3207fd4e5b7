package io.mentorfeed.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Undoes the Content-Encoding of a body with a cap on the decompressed size: a gzip bomb is read only up to
 * the cap and then refused, never unpacked in full.
 */
final class BodyDecoder {
    private BodyDecoder() {}

    static byte[] decode(byte[] raw, String contentEncoding, long maxBytes) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> raw;
            case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(new ByteArrayInputStream(raw)), maxBytes);
            default -> throw new IOException("unsupported Content-Encoding '" + contentEncoding + "'");
        };
    }

    private static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * 1024];
            int read;
            while ((read = in.read(chunk)) != -1) {
                if (out.size() + (long) read > maxBytes) {
                    throw new BodyTooLargeException("decompressed body exceeds the limit of " + maxBytes + " bytes");
                }
                out.write(chunk, 0, read);
            }
            return out.toByteArray();
        }
    }
}
