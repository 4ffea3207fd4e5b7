package io.mentorfeed.api.readinglist;

import io.mentorfeed.api.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page ended: the (published, post id) of its last item. Pages are cut by this key, not by an offset, so a
 * post arriving between two requests (newer, hence earlier in the order) neither repeats nor hides an item.
 * Opaque to clients: base64url of "v1|ISO instant|postId".
 */
public record Cursor(Instant published, String postId) {
    private static final String VERSION = "v1";

    public String encode() {
        String raw = VERSION + "|" + published + "|" + postId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws Rejection (invalid) when the text is not a cursor this API made */
    public static Cursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                throw new IllegalArgumentException("bad shape");
            }
            return new Cursor(Instant.parse(parts[1]), parts[2]);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw Rejection.invalid("Query parameter 'cursor' is not a cursor returned by this API");
        }
    }
}
