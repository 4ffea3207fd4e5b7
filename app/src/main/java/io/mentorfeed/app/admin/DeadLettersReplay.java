package io.mentorfeed.app.admin;

import io.mentorfeed.model.Topics;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code admin dead-letters replay}: writes kept records back where they were read from, once the cause is fixed.
 * The record goes to its origin's partition with its kept key and value, plus a header saying where it was
 * replayed from; the dead letter itself stays (drop it once the replay worked). Records whose origin is not a
 * topic (a feed body that did not parse) are skipped with what to do instead.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Writes dead letters back to the topic they came from (the dead letters are kept).")
public final class DeadLettersReplay implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--dry-run", description = "print what would be replayed and write nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    static final class Selection {
        @Parameters(arity = "1..*", paramLabel = "PARTITION:OFFSET", converter = RecordPosition.Converter.class,
                description = "the dead letters, as `list` prints them")
        List<RecordPosition> positions;

        @Option(names = "--all", required = true, description = "every dead letter kept")
        boolean all;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AdminKafka kafka = connection.connect()) {
            DeadLetterTopic topic = DeadLetterTopic.read(kafka);
            List<DeadLetter> letters = selection.all ? List.copyOf(topic.all()) : topic.at(selection.positions);
            Map<String, Integer> partitionCounts = new HashMap<>();
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
            int skipped = 0;
            for (DeadLetter letter : letters) {
                String why = letter.whyNotReplayable();
                if (why == null) {
                    why = whyNoOrigin(letter, partitionCounts.computeIfAbsent(letter.replayTopic(),
                            t -> kafka.partitionsIfPresent(t).map(List::size).orElse(0)));
                }
                if (why != null) {
                    out.println("skipped " + letter.position() + ": " + why);
                    skipped++;
                    continue;
                }
                records.add(replayOf(letter));
                out.println((dryRun ? "would replay " : "replaying ") + letter.position() + " to "
                        + letter.replayTopic() + "-" + letter.replayPartition());
            }
            if (!dryRun && !records.isEmpty()) {
                kafka.send(records, "replaying dead letters");
            }
            out.println((dryRun ? "dry run: would replay " : "replayed ") + records.size() + ", skipped " + skipped
                    + (records.isEmpty() || dryRun ? ""
                    : "; the dead letters are kept: drop them with ./mentorfeed admin dead-letters drop"));
            out.flush();
        }
        return 0;
    }

    /**
     * Why the origin partition cannot take the record back, or null when it can. The origin may be gone: the
     * processor's repartition topic is one, and reset-processor deletes it (the processor makes it anew).
     */
    static String whyNoOrigin(DeadLetter letter, int partitions) {
        if (partitions == 0) {
            return "topic " + letter.replayTopic() + " no longer exists";
        }
        return letter.replayPartition() < partitions ? null
                : "topic " + letter.replayTopic() + " has no partition " + letter.replayPartition();
    }

    static ProducerRecord<byte[], byte[]> replayOf(DeadLetter letter) {
        var record = new ProducerRecord<>(letter.replayTopic(), letter.replayPartition(), letter.key(), letter.value());
        // Only this header: the dead-letter headers would make the replayed record look like a dead letter itself.
        record.headers().add(DeadLetter.REPLAYED_FROM, (Topics.DEAD_LETTERS.name() + "-" + letter.position().partition()
                + "@" + letter.position().offset()).getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
