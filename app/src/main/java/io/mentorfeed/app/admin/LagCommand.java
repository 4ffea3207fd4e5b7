package io.mentorfeed.app.admin;

import io.mentorfeed.api.email.EmailScheduler;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code admin lag}: how far each service's consumer group is behind. Only the processor's offsets measure progress.
 * Ingest commits none and the email scheduler commits its partition's position only with each digest claim, as a
 * fence: their groups share partitions, so for them the members and assignments are the news, and for ingest the
 * feeds it should have polled by now. The API's read model has no group at all.
 */
@Command(name = "lag", mixinStandardHelpOptions = true,
        description = "Consumer groups: members, per-partition committed/end/lag; overdue feeds for ingest.")
public final class LagCommand implements Callable<Integer> {
    static final String API_NOTE = "the API's read model has no consumer group (each instance reads the topics"
            + " itself): see mentorfeed_api_read_model_lag_records on each API's /metrics";

    /** The services with a consumer group, and what their offsets (or the lack of them) mean. */
    enum Service {
        INGEST(options -> options.ingest().groupId(),
                "ingest commits no offsets: it reads " + Topics.MENTORS.name() + " from the beginning at each assignment",
                null),
        PROCESSOR(options -> options.processor().applicationId(), "no offsets committed yet", null),
        // Fixed in the api module, not configurable: every API instance sends through the same group.
        EMAIL(options -> EmailScheduler.GROUP_ID,
                "no digest claimed yet: the email scheduler commits its partition's position only with a claim",
                "the email scheduler commits its partition's position with each digest claim, as a fence: the lag"
                        + " counts profile changes since the last claim, not digests waiting to be sent");

        final Function<MentorfeedOptions, String> groupId;
        final String noOffsetsNote;
        /** Said when the group has offsets that do not measure a backlog; null when they do. */
        final String offsetsNote;

        Service(Function<MentorfeedOptions, String> groupId, String noOffsetsNote, String offsetsNote) {
            this.groupId = groupId;
            this.noOffsetsNote = noOffsetsNote;
            this.offsetsNote = offsetsNote;
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--service", paramLabel = "SERVICE", converter = ServiceConverter.class,
            description = "ingest, processor or email (default: all)")
    Service service;

    @Option(names = "--json", description = "print JSON instead of tables")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Service> services = service == null ? List.of(Service.values()) : List.of(service);
        List<GroupLag> groups = new ArrayList<>();
        try (AdminKafka kafka = connection.connect()) {
            GroupInspector inspector = new GroupInspector(kafka);
            for (Service each : services) {
                GroupLag lag = inspector.inspect(each.label(), each.groupId.apply(connection.options()),
                        each.noOffsetsNote, each.offsetsNote);
                groups.add(each == Service.INGEST ? withOverdueFeeds(lag, kafka, Instant.now()) : lag);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("groups", groups);
            if (service == null) {
                document.put("api", API_NOTE);
            }
            JsonOutput.print(out, document);
        } else {
            out.print(String.join("\n", groups.stream().map(GroupLag::render).toList()));
            if (service == null) {
                out.println();
                out.println("api: " + API_NOTE);
            }
        }
        out.flush();
        return 0;
    }

    private static GroupLag withOverdueFeeds(GroupLag lag, AdminKafka kafka, Instant now) {
        Map<String, Mentor> mentors = kafka.latestByKey(Topics.MENTORS).values();
        Map<String, FeedState> states = kafka.latestByKey(Topics.FEED_STATE).values();
        return new GroupLag(lag.service(), lag.group(), lag.state(), lag.members(), lag.partitions(),
                lag.totalLag(), lag.note(), overdue(mentors, states, now));
    }

    /** Feeds ingest follows (registered, not paused) whose next poll is past, the most overdue first. */
    static List<GroupLag.OverdueFeed> overdue(Map<String, Mentor> mentors, Map<String, FeedState> states, Instant now) {
        return states.values().stream()
                .filter(s -> mentors.containsKey(s.mentorId()) && !mentors.get(s.mentorId()).paused())
                .filter(s -> s.nextPollAt() != null && s.nextPollAt().isBefore(now))
                .sorted(Comparator.comparing(FeedState::nextPollAt))
                .map(s -> new GroupLag.OverdueFeed(s.mentorId(), mentors.get(s.mentorId()).feedUrl(), s.nextPollAt(),
                        Duration.between(s.nextPollAt(), now).toSeconds()))
                .toList();
    }

    /** Lower-case service names on the command line. */
    static final class ServiceConverter implements picocli.CommandLine.ITypeConverter<Service> {
        @Override
        public Service convert(String value) {
            for (Service each : Service.values()) {
                if (each.label().equals(value)) {
                    return each;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of: ingest, processor, email");
        }
    }
}
