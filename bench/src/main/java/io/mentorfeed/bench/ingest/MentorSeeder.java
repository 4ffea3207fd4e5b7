package io.mentorfeed.bench.ingest;

import io.mentorfeed.app.RegistrySeeder;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Registers mentors PREFIX0 .. PREFIX(N-1) on mentorfeed.mentors, each following the feed {@code url} names. */
public final class MentorSeeder {
    private MentorSeeder() {}

    static void seed(Map<String, Object> kafka, int feeds, IntFunction<String> url) {
        seed(kafka, "load-", feeds, url);
    }

    public static void seed(Map<String, Object> kafka, String idPrefix, int feeds, IntFunction<String> url) {
        List<Mentor> mentors = IntStream.range(0, feeds)
                .mapToObj(i -> new Mentor(idPrefix + i, "Mentor " + idPrefix + i, url.apply(i), SourceKind.BLOG))
                .toList();
        RegistrySeeder.seed(kafka, mentors, List.of());
    }
}
