package io.mentorfeed.api.digest;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The digest last built per profile and date asked for, kept under the validator it was built for
 * ({@link DigestService#validator}): while the validator holds, the digest would come out the same but for its
 * {@code generatedAt}, so the one built is answered again (its {@code generatedAt} says when it was built). At most
 * {@code capacity} entries; past that, an arbitrary one makes room. A digest built from a view newer than its
 * validator is fine: the validator is taken first, so a cached digest is never older than its key says.
 */
final class DigestCache {
    private final int capacity;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    DigestCache(int capacity) {
        this.capacity = capacity;
    }

    Digest get(String key, String validator, Supplier<Digest> build) {
        Entry cached = entries.get(key);
        if (cached != null && cached.validator().equals(validator)) {
            return cached.digest();
        }
        Digest built = build.get();
        if (capacity > 0) {
            if (cached == null && entries.size() >= capacity) {
                Iterator<String> any = entries.keySet().iterator();
                if (any.hasNext()) {
                    any.next();
                    any.remove();
                }
            }
            entries.put(key, new Entry(validator, built));
        }
        return built;
    }

    int size() {
        return entries.size();
    }

    private record Entry(String validator, Digest digest) {
    }
}
