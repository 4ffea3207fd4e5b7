package io.mentorfeed.app.admin;

import io.mentorfeed.model.Topics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code admin dead-letters drop}: deletes dead letters for good with Kafka's deleteRecords, which removes a
 * partition's records up to an offset (not single records): everything up to and including the given one.
 */
@Command(name = "drop", mixinStandardHelpOptions = true,
        description = "Deletes dead letters: on one partition up to and including PARTITION:OFFSET, or all.")
public final class DeadLettersDrop implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--dry-run", description = "print what would be dropped and delete nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    static final class Selection {
        @Option(names = "--through", required = true, paramLabel = "PARTITION:OFFSET",
                converter = RecordPosition.Converter.class,
                description = "drop this record and every older one on its partition")
        RecordPosition through;

        @Option(names = "--all", required = true, description = "drop every dead letter")
        boolean all;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AdminKafka kafka = connection.connect()) {
            List<TopicPartition> partitions = kafka.partitions(Topics.DEAD_LETTERS.name());
            Map<Integer, Long> starts = byPartition(kafka.offsets(partitions, OffsetSpec.earliest(),
                    "reading the start of " + Topics.DEAD_LETTERS.name()));
            Map<Integer, Long> ends = byPartition(kafka.offsets(partitions, OffsetSpec.latest(),
                    "reading the end of " + Topics.DEAD_LETTERS.name()));
            DropPlan plan = selection.all ? DropPlan.all(starts, ends) : DropPlan.through(selection.through, starts, ends);
            if (!dryRun && !plan.partitions().isEmpty()) {
                Map<TopicPartition, RecordsToDelete> request = plan.partitions().entrySet().stream().collect(
                        Collectors.toMap(e -> new TopicPartition(Topics.DEAD_LETTERS.name(), e.getKey()),
                                e -> RecordsToDelete.beforeOffset(e.getValue().deleteBefore())));
                kafka.await(kafka.admin().deleteRecords(request).all(), "deleting dead letters");
            }
            plan.lines(dryRun).forEach(out::println);
            out.flush();
        }
        return 0;
    }

    private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> offsets) {
        return offsets.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue));
    }
}
