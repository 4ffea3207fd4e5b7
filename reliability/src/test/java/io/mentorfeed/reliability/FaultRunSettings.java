package io.mentorfeed.reliability;

import java.time.Duration;
import java.util.Random;

/**
 * The size of a fault run: how many faults, how many feeds, and the least entries per feed and publishing time
 * (the feeds go on growing until the last fault is injected). The defaults fit the build (about four minutes on
 * two cores); a longer run sets system properties, e.g. {@code -Dmentorfeed.faults.count=100
 * -Dmentorfeed.faults.publish-seconds=600}, and a failed run is replayed with the seed it printed,
 * {@code -Dmentorfeed.faults.seed=...} (the plan repeats; the moments the processes reach are the machine's).
 */
record FaultRunSettings(long seed, int faults, int feeds, int entriesPerFeed, Duration publishFor) {
    static final String PREFIX = "mentorfeed.faults.";

    static FaultRunSettings fromSystemProperties() {
        String seed = System.getProperty(PREFIX + "seed");
        return new FaultRunSettings(seed == null ? new Random().nextLong() : Long.parseLong(seed),
                Integer.getInteger(PREFIX + "count", 24),
                Integer.getInteger(PREFIX + "feeds", 50),
                Integer.getInteger(PREFIX + "entries-per-feed", 110),
                Duration.ofSeconds(Integer.getInteger(PREFIX + "publish-seconds", 150)));
    }

    /** The least entries the feeds publish in all. */
    int entries() {
        return feeds * entriesPerFeed;
    }

    /**
     * Mean pause before a fault: the faults, each with its time down (1.6 s on average) and a wait for its target
     * to be healthy, spread over about the publishing time.
     */
    Duration spacing() {
        Duration pause = publishFor.dividedBy(faults).minusSeconds(2);
        return pause.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : pause;
    }
}
