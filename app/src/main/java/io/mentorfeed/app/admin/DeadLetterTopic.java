package io.mentorfeed.app.admin;

import io.mentorfeed.model.Topics;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dead-letter topic as it is now: every record still kept, in partition and offset order. */
final class DeadLetterTopic {
    private final Map<RecordPosition, DeadLetter> letters;

    private DeadLetterTopic(List<DeadLetter> letters) {
        this.letters = letters.stream().collect(Collectors.toMap(DeadLetter::position, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
    }

    static DeadLetterTopic read(AdminKafka kafka) {
        return new DeadLetterTopic(kafka.readAll(Topics.DEAD_LETTERS.name()).stream().map(DeadLetter::of).toList());
    }

    Collection<DeadLetter> all() {
        return letters.values();
    }

    /** The newest {@code limit} records by time, printed oldest first. */
    List<DeadLetter> newest(int limit) {
        List<DeadLetter> byTime = letters.values().stream()
                .sorted(Comparator.comparing(DeadLetter::time).thenComparing(DeadLetter::position)).toList();
        return byTime.subList(Math.max(0, byTime.size() - limit), byTime.size());
    }

    /** The records at these positions; any missing one is refused before anything is done. */
    List<DeadLetter> at(Collection<RecordPosition> positions) {
        return positions.stream().map(this::at).toList();
    }

    DeadLetter at(RecordPosition position) {
        DeadLetter letter = letters.get(position);
        if (letter == null) {
            throw new AdminException("no dead letter at " + position + " (dropped already, or not written yet;"
                    + " see ./mentorfeed admin dead-letters list)");
        }
        return letter;
    }
}
