package io.mentorfeed.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The id rules every service shares: what a valid mentor or profile id is, and how a post id is derived. */
public final class Ids {
    /** Lower-case slugs keep ids safe in URLs, Kafka keys and file names. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private Ids() {}

    public static String requireValid(String what, String id) {
        if (id == null || !SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " '" + id
                    + "' must be 1 to 64 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
        return id;
    }

    public static boolean isValid(String id) {
        return id != null && SLUG.matcher(id).matches();
    }

    /**
     * A post id is stable for a (mentor, entry id) pair, so the same entry seen again, by any ingest instance,
     * after any restart, maps to the same post.
     */
    public static String postId(String mentorId, String entryId) {
        return mentorId + "-" + sha256Hex(mentorId + "\n" + entryId).substring(0, 16);
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
