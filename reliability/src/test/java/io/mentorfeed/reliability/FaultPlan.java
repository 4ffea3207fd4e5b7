package io.mentorfeed.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SequencedMap;

/**
 * Which instance to kill, when, and for how long, drawn from one seed so that a failing run can be replayed
 * ({@code -Dmentorfeed.faults.seed=...}). The kinds come in equal shares, shuffled, so that every kind is killed
 * again and again whatever the seed; the instance, the pause before the kill and the time down are random.
 */
record FaultPlan(long seed, List<Fault> faults) {
    /** The n-th fault: kill instance {@code instance} of {@code kind} after {@code pauseBefore}, down for {@code down}. */
    record Fault(int number, String kind, int instance, Duration pauseBefore, Duration down) {}

    static final Duration MIN_DOWN = Duration.ofMillis(200);
    static final Duration MAX_DOWN = Duration.ofSeconds(3);

    /**
     * @param instances how many instances each kind has, in the order that makes the plan reproducible
     * @param spacing   the mean pause between two faults; each pause is drawn between half and one and a half of it
     */
    static FaultPlan random(long seed, int count, SequencedMap<String, Integer> instances, Duration spacing) {
        var random = new Random(seed);
        List<String> kinds = new ArrayList<>(instances.keySet());
        List<String> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(kinds.get(i % kinds.size()));
        }
        Collections.shuffle(order, random);
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = order.get(i);
            long pause = spacing.toMillis() / 2 + (long) (random.nextDouble() * spacing.toMillis());
            long down = MIN_DOWN.toMillis() + (long) (random.nextDouble() * (MAX_DOWN.toMillis() - MIN_DOWN.toMillis()));
            faults.add(new Fault(i + 1, kind, random.nextInt(instances.get(kind)), Duration.ofMillis(pause),
                    Duration.ofMillis(down)));
        }
        return new FaultPlan(seed, List.copyOf(faults));
    }
}
