package io.mentorfeed.ingest;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The entry ids a feed is remembered by: those of the latest document first, then earlier ones it no longer lists,
 * up to a cap. Keeping some older ids stops an entry that drops out of the feed and comes back from being re-sent.
 */
final class RecentIds {
    private RecentIds() {}

    static List<String> merge(List<String> current, List<String> previous, int cap) {
        var merged = new LinkedHashSet<String>(current);
        merged.addAll(previous);
        return merged.stream().limit(Math.max(cap, current.size())).toList();
    }
}
