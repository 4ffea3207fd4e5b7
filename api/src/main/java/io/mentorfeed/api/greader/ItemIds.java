package io.mentorfeed.api.greader;

import io.mentorfeed.api.Rejection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Google Reader item ids for posts. A client stores a 64-bit number per item; ours is the first 63 bits of the
 * SHA-256 of the post id (positive, so its decimal form never has a sign), the same on every API instance and
 * after every restart. Clients send it back in one of three forms: the long form
 * {@code tag:google.com,2005:reader/item/<16 hex digits>} (some drop the leading zeros), the 16 hex digits alone,
 * or the decimal number. A 16-character string of digits could be either of the last two, so
 * {@link #candidates} gives every reading and the caller keeps the one that names an item of the reader.
 */
public final class ItemIds {
    public static final String LONG_FORM_PREFIX = "tag:google.com,2005:reader/item/";
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,16}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,19}");

    private ItemIds() {}

    public static long of(String postId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(postId.getBytes(StandardCharsets.UTF_8));
            long id = ByteBuffer.wrap(hash).getLong() & Long.MAX_VALUE;
            return id == 0 ? 1 : id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    public static String longForm(long id) {
        return LONG_FORM_PREFIX + String.format("%016x", id);
    }

    /** @throws Rejection (invalid) when the text is none of the three forms */
    public static List<Long> candidates(String text) {
        String value = text == null ? "" : text.strip();
        List<Long> ids = new ArrayList<>(2);
        if (value.startsWith(LONG_FORM_PREFIX)) {
            addHex(ids, value.substring(LONG_FORM_PREFIX.length()));
        } else {
            if (value.length() == 16) {
                addHex(ids, value);
            }
            if (DECIMAL.matcher(value).matches()) {
                try {
                    ids.add(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    // over Long.MAX_VALUE: not one of ours
                }
            }
        }
        if (ids.isEmpty()) {
            throw Rejection.invalid("Item id '" + (value.length() > 80 ? value.substring(0, 80) + "..." : value)
                    + "' is not a Google Reader item id (" + LONG_FORM_PREFIX + "<hex>, 16 hex digits or decimal)");
        }
        return ids;
    }

    private static void addHex(List<Long> ids, String hex) {
        if (HEX.matcher(hex).matches()) {
            ids.add(Long.parseUnsignedLong(hex, 16));
        }
    }
}
