package io.mentorfeed.model;

import java.time.Instant;
import java.util.Map;

/**
 * A record that could not be processed, on {@code mentorfeed.dead-letters}: where it came from, why it failed,
 * and enough of it (the first bytes) to diagnose and replay it.
 */
public record DeadLetter(String source, String key, String reason, String errorClass, String firstBytes, Instant at,
                         Map<String, String> context) {
    public DeadLetter {
        context = context == null ? Map.of() : Map.copyOf(context);
    }
}
