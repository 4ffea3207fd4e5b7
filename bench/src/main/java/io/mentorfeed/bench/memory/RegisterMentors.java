package io.mentorfeed.bench.memory;

import io.mentorfeed.bench.ingest.MentorSeeder;
import java.util.Map;

/**
 * Registers the memory run's mentors m0 .. m(N-1) on a running mentorfeed's Kafka, following
 * {@code URL_PREFIX + n + ".xml"}, as `mentorfeed admin import` would: through mentorfeed.mentors, which every
 * service follows. Not through `start`'s config file: on a fresh embedded broker, start's idempotent registry seeder
 * can be refused with OutOfOrderSequence forever past about a thousand mentors (see bench/README.md).
 * Arguments: BOOTSTRAP FEEDS URL_PREFIX. Prints {@code mentors registered=N}.
 */
public final class RegisterMentors {
    private RegisterMentors() {}

    public static void main(String[] args) {
        int feeds = Integer.parseInt(args[1]);
        MentorSeeder.seed(Map.of("bootstrap.servers", args[0]), "m", feeds, n -> args[2] + n + ".xml");
        System.out.println("mentors registered=" + feeds);
    }
}
