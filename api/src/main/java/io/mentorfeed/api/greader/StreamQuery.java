package io.mentorfeed.api.greader;

import java.time.Instant;
import java.util.List;

/**
 * A stream request's parameters, already parsed: {@code s} the stream, {@code n} how many, {@code c} where the
 * previous page ended, {@code r=o} oldest first, {@code ot} only items published after this time, {@code nt}
 * only items published before it, {@code xt} leave out items in any of these streams (usually the read state),
 * {@code it} keep only items in all of these.
 */
public record StreamQuery(StreamId stream, int count, String continuation, boolean oldestFirst, Instant newerThan,
                          Instant olderThan, List<StreamId> exclude, List<StreamId> include) {
    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_CONTENTS = 1_000;
    public static final int MAX_IDS = 10_000;

    public StreamQuery {
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
    }

    boolean wants(ReaderItem item) {
        Instant published = item.item().published();
        return item.in(stream)
                && (newerThan == null || published.isAfter(newerThan))
                && (olderThan == null || published.isBefore(olderThan))
                && exclude.stream().noneMatch(item::in)
                && include.stream().allMatch(item::in);
    }
}
