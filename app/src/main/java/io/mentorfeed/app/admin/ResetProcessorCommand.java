package io.mentorfeed.app.admin;

import io.mentorfeed.processor.ProcessorConfig;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code admin reset-processor}: makes the processor start over, as Kafka's streams reset tool does: its input
 * offsets go back (to the beginning, or to a time), its internal topics are deleted, and the operator deletes
 * its local state. Refused while any processor instance runs: a running one would commit over the reset. The
 * dry run changes nothing, so it prints the plan even then, under a note saying what to stop first.
 */
@Command(name = "reset-processor", mixinStandardHelpOptions = true,
        description = "Resets the stopped processor: input offsets back, internal topics deleted; prints the state dir to delete.")
public final class ResetProcessorCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--dry-run", description = "print the plan and change nothing")
    boolean dryRun;

    @Option(names = "--to-datetime", paramLabel = "ISO_INSTANT",
            description = "reprocess from this time (e.g. 2025-01-31T00:00:00Z) instead of the beginning")
    String toDatetime;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OffsetSpec target = target();
        ProcessorConfig processor = connection.options().processor();
        String group = processor.applicationId();
        PrintWriter out = spec.commandLine().getOut();
        try (AdminKafka kafka = connection.connect()) {
            List<GroupLag.Member> members = new GroupInspector(kafka).members(group);
            if (!members.isEmpty() && !dryRun) {
                throw new AdminException("the processor is running (" + members.size() + " member(s) in group " + group
                        + ", e.g. " + members.getFirst().clientId() + " on " + members.getFirst().host()
                        + "): stop every processor instance first");
            }
            ResetPlan plan = plan(kafka, processor, target);
            if (!members.isEmpty()) {
                // Looking is harmless and helps plan the stop; the current offsets may still move meanwhile.
                out.println(runningNote(members.size()));
            }
            if (!dryRun) {
                apply(kafka, plan);
            }
            plan.lines(dryRun).forEach(out::println);
            out.flush();
        }
        return 0;
    }

    /** The first line of a dry run while processor instances are still in the group. */
    static String runningNote(int members) {
        return "note: the processor is running (" + members + (members == 1 ? " member" : " members")
                + "); stop every instance before running this without --dry-run";
    }

    private OffsetSpec target() {
        if (toDatetime == null) {
            return OffsetSpec.earliest();
        }
        try {
            return OffsetSpec.forTimestamp(Instant.parse(toDatetime).toEpochMilli());
        } catch (DateTimeParseException e) {
            throw new AdminException("--to-datetime '" + toDatetime + "' is not an ISO instant such as"
                    + " 2025-01-31T00:00:00Z");
        }
    }

    private static ResetPlan plan(AdminKafka kafka, ProcessorConfig processor, OffsetSpec target) {
        String group = processor.applicationId();
        ProcessorTopics topics = ProcessorTopics.of(processor);
        List<TopicPartition> partitions = new ArrayList<>();
        topics.inputs().forEach(topic -> partitions.addAll(kafka.partitions(topic)));
        Map<TopicPartition, Long> committed = new GroupInspector(kafka).committed(group);
        Map<TopicPartition, Long> targets = kafka.offsets(partitions, target, "looking up the reset offsets");
        // A time after a partition's last record has no offset (-1): start at its end, as Kafka's tools do.
        Map<TopicPartition, Long> ends = kafka.offsets(partitions, OffsetSpec.latest(), "looking up the end offsets");
        List<ResetPlan.PartitionReset> resets = partitions.stream()
                .sorted(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition))
                .map(p -> new ResetPlan.PartitionReset(p.topic(), p.partition(), committed.get(p),
                        targets.get(p) < 0 ? ends.get(p) : targets.get(p)))
                .toList();
        // Internal topics appear when the processor first runs: a never-started one has none to delete.
        Set<String> clusterTopics = kafka.await(kafka.admin().listTopics().names(), "listing topics");
        return new ResetPlan(group, resets, topics.existingInternal(clusterTopics),
                processor.stateDir().toAbsolutePath().resolve(group));
    }

    private static void apply(AdminKafka kafka, ResetPlan plan) {
        Map<TopicPartition, OffsetAndMetadata> offsets = plan.partitions().stream().collect(Collectors.toMap(
                p -> new TopicPartition(p.topic(), p.partition()), p -> new OffsetAndMetadata(p.target())));
        kafka.await(kafka.admin().alterConsumerGroupOffsets(plan.group(), offsets).all(),
                "resetting the offsets of group " + plan.group());
        if (!plan.internalTopics().isEmpty()) {
            kafka.await(kafka.admin().deleteTopics(plan.internalTopics()).all(), "deleting the internal topics");
        }
    }
}
