package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Json;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SentDigest;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.TopicSpec;
import io.mentorfeed.model.Topics;
import io.mentorfeed.testkit.KafkaCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every `mentorfeed admin` command, through picocli, against one real Kafka cluster. */
@io.mentorfeed.testkit.WithKafka
class AdminCommandsIT {
    private static final Instant NOW = Instant.now();
    private static final String EMAIL_GROUP = io.mentorfeed.api.email.EmailScheduler.GROUP_ID;
    private static KafkaCluster kafka;
    private static Path dir;
    private static Path config;

    @BeforeAll
    static void cluster(KafkaCluster cluster, @TempDir Path tempDir) throws Exception {
        kafka = cluster;
        dir = tempDir;
        kafka.createTopics(Topics.ALL);
        config = config("");
        kafka.send(Topics.MENTORS, Map.of(
                "kim", mentor("kim", "Kim Lee", false),
                "ana", mentor("ana", "Ana Ruiz", false),
                "zoe", mentor("zoe", "Zoe Park", true)));
        kafka.send(Topics.FEED_STATE, Map.of(
                "kim", new FeedState("kim", feed("kim"), null, null, NOW.minusSeconds(900), 200,
                        NOW.minusSeconds(300), 0, null, true, List.of()),
                "ana", new FeedState("ana", feed("ana"), null, null, NOW.minusSeconds(60), 503,
                        NOW.plusSeconds(3600), 4, "http 503 Service Unavailable", false, List.of())));
        kafka.send(Topics.PROFILES, Map.of("me", new Profile("me", "Me", "me@example.org", ZoneId.of("Europe/London"),
                7, List.of("writing"), List.of("kim", "ana"))));
    }

    // ---- feeds

    @Test
    void feedsJoinsTheRegistryWithFeedStateInALinedUpTable() {
        Run run = run("feeds");
        assertThat(run.exit).as(run.err).isZero();
        List<String> lines = run.out.lines().toList();
        assertThat(lines.getFirst()).matches("MENTOR +NAME +PAUSED +HEALTH +STATUS +LAST FETCH +NEXT POLL +ERRORS +FEED"
                + " +LAST ERROR");
        assertThat(run.out).containsPattern("\nana +Ana Ruiz +no +failing +503 +\\S+ +\\S+ +4"
                        + " +https://ana.example.org/feed.xml +http 503 Service Unavailable\n")
                .containsPattern("\nkim +Kim Lee +no +ok +200 ")
                .containsPattern("\nzoe +Zoe Park +yes +new +- +- +- +0 +https://zoe.example.org/feed.xml +-\n");
        int health = lines.getFirst().indexOf("HEALTH");
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(l -> assertThat(l.substring(health)).matches("(ok|failing|new) .*"));
    }

    @Test
    void feedsUnhealthyAsJsonListsOnlyTheFailingFeedWithItsFullError() throws Exception {
        Run run = run("feeds", "--unhealthy", "--json");
        assertThat(run.exit).as(run.err).isZero();
        JsonNode rows = Json.mapper().readTree(run.out);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("mentor").asText()).isEqualTo("ana");
        assertThat(rows.get(0).get("consecutiveErrors").asInt()).isEqualTo(4);
        assertThat(rows.get(0).get("lastError").asText()).isEqualTo("http 503 Service Unavailable");
    }

    // ---- refetch, rebuild-read-model

    @Test
    void refetchWritesAControlCommandForTheMentorFoundByIdOrFeed() {
        Run byId = run("refetch", "--mentor", "kim");
        assertThat(byId.exit).as(byId.err).isZero();
        assertThat(byId.out).contains("refetch requested mentor=kim feed=https://kim.example.org/feed.xml",
                "check: ./mentorfeed admin feeds");
        Run byFeed = run("refetch", "--feed", "https://ana.example.org/feed.xml/");
        assertThat(byFeed.exit).as(byFeed.err).isZero();

        List<ControlCommand> commands = controlCommands();
        assertThat(commands).filteredOn(c -> c.kind() == ControlCommand.Kind.REFETCH_FEED)
                .extracting(ControlCommand::target).contains("kim", "ana");
        assertThat(commands).allSatisfy(c -> assertThat(c.requestedBy()).isEqualTo("cli"));
    }

    @Test
    void refetchOfAnUnknownMentorOrFeedIsOneLineAndExitCode1() {
        Run unknown = run("refetch", "--mentor", "nobody");
        assertThat(unknown.exit).isEqualTo(1);
        assertThat(unknown.err.strip()).isEqualTo(
                "mentorfeed: no mentor 'nobody' in the registry (see ./mentorfeed admin feeds)");
        Run unknownFeed = run("refetch", "--feed", "https://nowhere.example.org/");
        assertThat(unknownFeed.exit).isEqualTo(1);
        assertThat(unknownFeed.err.strip()).isEqualTo(
                "mentorfeed: no mentor has the feed https://nowhere.example.org/ (see ./mentorfeed admin feeds)");
        assertThat(run("refetch").exit).as("one of --mentor or --feed is required").isEqualTo(2);
    }

    @Test
    void rebuildReadModelWritesACommandForEveryApi() {
        Run run = run("rebuild-read-model");
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).startsWith("read-model rebuild requested id=");
        assertThat(controlCommands()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ControlCommand.Kind.REBUILD_READ_MODEL);
            assertThat(c.target()).isEqualTo(ControlCommand.ALL);
        });
    }

    // ---- pause, resume

    @Test
    void pauseAndResumeRepublishTheMentorAndAreIdempotent() {
        kafka.send(Topics.MENTORS, Map.of("lea", mentor("lea", "Lea", false)));
        Run pause = run("pause", "--feed", feed("lea"));
        assertThat(pause.exit).as(pause.err).isZero();
        assertThat(pause.out).contains("mentor lea is now paused");
        assertThat(latestMentor("lea").paused()).isTrue();
        assertThat(latestMentor("lea").name()).isEqualTo("Lea");

        int written = mentorRecords("lea");
        Run again = run("pause", "--mentor", "lea");
        assertThat(again.out).contains("mentor lea is already paused (nothing written)");
        assertThat(mentorRecords("lea")).isEqualTo(written);

        Run resume = run("resume", "--mentor", "lea");
        assertThat(resume.exit).as(resume.err).isZero();
        assertThat(latestMentor("lea").paused()).isFalse();
        assertThat(run("resume", "--mentor", "nobody").exit).isEqualTo(1);
    }

    // ---- lag

    @Test
    void lagShowsCommittedEndAndLagPerPartitionAndMembers() throws Exception {
        Path processorConfig = config("processor:\n  application-id: lag-processor\n");
        kafka.sendRaw(Topics.ENTRIES.name(), bytes("kim"), bytes("{}"));
        TopicPartition partition = partitionOf(Topics.ENTRIES.name(), "kim");
        // Other tests write to this topic too: one record behind its end, whatever the end is by now.
        long end = endOffset(partition);
        try (Admin admin = kafka.admin()) {
            admin.alterConsumerGroupOffsets("lag-processor", Map.of(partition, new OffsetAndMetadata(end - 1)))
                    .all().get();
        }
        Run run = run("lag", "--service", "processor", "--config", processorConfig.toString());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("processor: group=lag-processor state=Empty members=0")
                .containsPattern("TOPIC +PARTITION +COMMITTED +END +LAG\n")
                .containsPattern("mentorfeed.entries  " + partition.partition() + " +" + (end - 1) + " +" + end + " +1")
                .contains("total lag: 1");

        Run json = run("lag", "--service", "processor", "--json", "--config", processorConfig.toString());
        JsonNode group = Json.mapper().readTree(json.out).get("groups").get(0);
        assertThat(group.get("totalLag").asLong()).isEqualTo(1);
        assertThat(group.get("partitions").get(0).get("committed").asLong()).isEqualTo(end - 1);
    }

    @Test
    void lagForIngestShowsItsMembersAndTheOverdueFeedsAndForAllMentionsTheApi() throws Exception {
        Path ingestConfig = config("ingest:\n  group-id: lag-ingest\n");
        try (var member = groupMember("lag-ingest", Topics.MENTORS.name())) {
            Run run = run("lag", "--config", ingestConfig.toString());
            assertThat(run.exit).as(run.err).isZero();
            assertThat(run.out).contains("ingest: group=lag-ingest state=Stable members=1", "MEMBER",
                    "note: ingest commits no offsets", "overdue feeds: 1")
                    // Overdue since NOW - 300 s: at least 300 s, however long the tests before this one took.
                    .containsPattern("kim +\\S+ +(3\\d\\d|[4-9]\\d\\d|\\d{4,})s +https://kim.example.org/feed.xml")
                    .contains("email: group=mentorfeed-api-email", "note: no such group yet",
                            "api: the API's read model has no consumer group", "mentorfeed_api_read_model_lag_records");
        }
        assertThat(run("lag", "--service", "nope").exit).isEqualTo(2);
    }

    @Test
    void lagForEmailSaysItsOffsetsAreClaimFencesNotABacklog() throws Exception {
        TopicPartition profiles = new TopicPartition(Topics.PROFILES.name(), 0);
        try (Admin admin = kafka.admin()) {
            admin.alterConsumerGroupOffsets(EMAIL_GROUP, Map.of(profiles, new OffsetAndMetadata(0))).all().get();
        }
        Run run = run("lag", "--service", "email");
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("email: group=" + EMAIL_GROUP, "total lag: ",
                "note: the email scheduler commits its partition's position with each digest claim, as a fence");
    }

    // ---- sent-digests

    @Test
    void sentDigestsListsTheReadersLastDaysNewestFirstWithWhyADayFailed() throws Exception {
        Run none = run("sent-digests", "--profile", "me");
        assertThat(none.exit).as(none.err).isZero();
        assertThat(none.out.strip()).isEqualTo("no digest claimed for me in the last 7 days: the scheduler has not"
                + " reached it; see docs/runbooks/digest-not-sent.md");

        // The reader's today: the import test may have changed the profile's zone.
        ZoneId zone = kafka.readAll(Topics.PROFILES).stream().filter(r -> "me".equals(r.key()))
                .reduce((a, b) -> b).orElseThrow().value().timeZone();
        LocalDate today = LocalDate.now(zone);
        SentDigest failed = sentDigest("me", today.minusDays(1), SentDigest.FAILED);
        kafka.send(Topics.SENT_DIGESTS, Map.of(
                SentDigest.key("me", today), sentDigest("me", today, SentDigest.CLAIMED),
                failed.key(), failed,
                SentDigest.key("me", today.minusDays(2)), sentDigest("me", today.minusDays(2), SentDigest.SKIPPED),
                SentDigest.key("me", today.minusDays(7)), sentDigest("me", today.minusDays(7), SentDigest.CLAIMED),
                SentDigest.key("you", today), sentDigest("you", today, SentDigest.CLAIMED)));
        // As the email sender writes it; dropped at the end, so the dead-letter test finds only its own.
        long deadLetter = sendDeadLetter(2, DeadLetters.record("email", Topics.SENT_DIGESTS.name() + "/" + failed.key(),
                bytes(failed.key()), bytes("{}"), "smtp-5xx", "550 mailbox unavailable", NOW));
        try {
            Run run = run("sent-digests", "--profile", "me");
            assertThat(run.exit).as(run.err).isZero();
            assertThat(run.out.lines().toList()).hasSize(5).first().asString()
                    .isEqualTo("digests of me from " + today.minusDays(6) + " to " + today + " (" + zone.getId()
                            + "), newest first:");
            assertThat(run.out)
                    .containsPattern(today + " +claimed +\\S+ +api-1 +3 +<digest.me." + today + "@x.org> +-\n")
                    .containsPattern(today.minusDays(1) + " +failed +.+ +smtp-5xx: 550 mailbox unavailable\n")
                    .containsPattern(today.minusDays(2) + " +skipped +.+ +empty\n")
                    .doesNotContain(today.minusDays(7).toString(), "digest.you");
            assertThat(run.out.indexOf(today.toString())).isLessThan(run.out.indexOf(today.minusDays(1).toString()));

            JsonNode json = Json.mapper().readTree(run("sent-digests", "--profile", "me", "--days", "1", "--json").out);
            assertThat(json.get("profile").asText()).isEqualTo("me");
            assertThat(json.get("digests")).hasSize(1);
            assertThat(json.get("digests").get(0).get("state").asText()).isEqualTo("claimed");
            assertThat(json.get("digests").get(0).get("instance").asText()).isEqualTo("api-1");
        } finally {
            try (Admin admin = kafka.admin()) {
                admin.deleteRecords(Map.of(new TopicPartition(Topics.DEAD_LETTERS.name(), 2),
                        RecordsToDelete.beforeOffset(deadLetter + 1))).all().get();
            }
        }
    }

    @Test
    void sentDigestsOfAnUnknownProfileIsOneLineAndExitCode1() {
        Run unknown = run("sent-digests", "--profile", "nobody");
        assertThat(unknown.exit).isEqualTo(1);
        assertThat(unknown.err.strip()).isEqualTo(
                "mentorfeed: no profile 'nobody' in the registry (see ./mentorfeed admin export)");
        assertThat(run("sent-digests", "--profile", "me", "--days", "0").exit).isEqualTo(1);
        assertThat(run("sent-digests").exit).as("--profile is required").isEqualTo(2);
    }

    // ---- dead letters

    @Test
    void deadLettersListShowReplayAndDrop() throws Exception {
        sendDeadLetter(0, DeadLetters.record("processor", "mentorfeed.engagements-2@5", bytes("me"),
                bytes("{\"profileId\":\"me\"}"), "rule", "decider: boom\nstack", NOW));
        sendDeadLetter(0, DeadLetters.record("ingest", feed("kim"), bytes("kim"), bytes("<rss"), "parse",
                "unexpected end of file", NOW));
        var streams = new ProducerRecord<>(Topics.DEAD_LETTERS.name(), 1, bytes("me"), bytes("garbage"));
        streams.headers().add(DeadLetters.STREAMS_EXCEPTION, bytes("org.apache.kafka.common.errors.SerializationException"));
        streams.headers().add(DeadLetters.STREAMS_MESSAGE, bytes("not a valid Engagement"));
        streams.headers().add(DeadLetters.STREAMS_TOPIC, bytes(Topics.ENGAGEMENTS.name()));
        streams.headers().add(DeadLetters.STREAMS_PARTITION, bytes("3"));
        streams.headers().add(DeadLetters.STREAMS_OFFSET, bytes("8"));
        sendDeadLetter(1, streams);

        Run list = run("dead-letters", "list");
        assertThat(list.exit).as(list.err).isZero();
        assertThat(list.out.lines().toList().getFirst()).matches("POSITION +TIME +SOURCE +ERROR +ORIGIN +REASON");
        assertThat(list.out).containsPattern("0:0 +\\S+ +processor +rule +mentorfeed.engagements-2@5 +decider: boom\n")
                .containsPattern("0:1 +\\S+ +ingest +parse +https://kim.example.org/feed.xml +unexpected end")
                .containsPattern("1:0 +\\S+ +processor +SerializationException +mentorfeed.engagements-3@8"
                        + " +not a valid Engagement");
        JsonNode limited = Json.mapper().readTree(run("dead-letters", "list", "--limit", "1", "--json").out);
        assertThat(limited).hasSize(1);
        assertThat(limited.get(0).get("replayable").isBoolean()).isTrue();

        Run show = run("dead-letters", "show", "0:0");
        assertThat(show.out).contains("origin:      mentorfeed.engagements-2@5", "replay:      to mentorfeed.engagements-2",
                "reason:      decider: boom\nstack", "key:         me", "  mentorfeed.dlq.source: processor",
                "value (18 bytes):\n{\"profileId\":\"me\"}");
        Run missing = run("dead-letters", "show", "0:99");
        assertThat(missing.exit).isEqualTo(1);
        assertThat(missing.err).startsWith("mentorfeed: no dead letter at 0:99");
        assertThat(run("dead-letters", "show", "zero").exit).isEqualTo(2);

        int engagements = kafka.readAll(Topics.ENGAGEMENTS).size();
        Run dry = run("dead-letters", "replay", "--all", "--dry-run");
        assertThat(dry.out).contains("would replay 0:0 to mentorfeed.engagements-2",
                "skipped 0:1: its origin is a feed (https://kim.example.org/feed.xml), not a topic: poll it again with"
                        + " ./mentorfeed admin refetch --feed https://kim.example.org/feed.xml",
                "would replay 1:0 to mentorfeed.engagements-3", "dry run: would replay 2, skipped 1");
        assertThat(kafka.readAll(Topics.ENGAGEMENTS)).hasSize(engagements);

        Run replay = run("dead-letters", "replay", "0:0", "0:1");
        assertThat(replay.exit).as(replay.err).isZero();
        assertThat(replay.out).contains("replaying 0:0 to mentorfeed.engagements-2", "skipped 0:1:", "replayed 1, skipped 1");
        var replayed = rawRecords(Topics.ENGAGEMENTS.name()).stream().filter(r -> r.partition() == 2).toList();
        assertThat(replayed).hasSize(1);
        assertThat(new String(replayed.getFirst().value(), StandardCharsets.UTF_8)).isEqualTo("{\"profileId\":\"me\"}");
        assertThat(DeadLetters.header(replayed.getFirst().headers(), DeadLetter.REPLAYED_FROM))
                .isEqualTo("mentorfeed.dead-letters-0@0");
        assertThat(run("dead-letters", "replay", "2:7").exit).isEqualTo(1);

        Run dryDrop = run("dead-letters", "drop", "--through", "0:0", "--dry-run");
        assertThat(dryDrop.out.strip()).isEqualTo("would drop partition 0: offsets 0 to 0 (up to 1 records)");
        assertThat(run("dead-letters", "list", "--json").out).contains("\"0:0\"");
        Run drop = run("dead-letters", "drop", "--through", "0:0");
        assertThat(drop.exit).as(drop.err).isZero();
        assertThat(run("dead-letters", "list", "--json").out).doesNotContain("\"0:0\"").contains("\"0:1\"", "\"1:0\"");
        Run past = run("dead-letters", "drop", "--through", "1:5");
        assertThat(past.exit).isEqualTo(1);
        assertThat(past.err.strip()).isEqualTo("mentorfeed: no dead letter at 1:5: partition 1 ends at offset 0");

        Run all = run("dead-letters", "drop", "--all");
        assertThat(all.out).contains("dropped partition 0: offsets 1 to 1", "dropped partition 1: offsets 0 to 0");
        assertThat(run("dead-letters", "list").out.strip()).isEqualTo("no dead letters");
    }

    // ---- reset-processor

    @Test
    void resetProcessorRefusesWhileItRunsButShowsTheDryRunThenResetsOffsetsAndDeletesInternalTopics() throws Exception {
        String app = "reset-" + UUID.randomUUID().toString().substring(0, 8);
        // Another processor on the cluster whose application id starts with this one's: its topics must stay.
        String v2 = app + "-v2";
        Path resetConfig = config("processor:\n  application-id: " + app + "\n  state-dir: " + dir.resolve("streams") + "\n");
        kafka.sendRaw(Topics.ENTRIES.name(), bytes("ana"), bytes("{}"));
        TopicPartition partition = partitionOf(Topics.ENTRIES.name(), "ana");
        long end;
        try (Admin admin = kafka.admin()) {
            end = admin.listOffsets(Map.of(partition, org.apache.kafka.clients.admin.OffsetSpec.latest()))
                    .partitionResult(partition).get().offset();
            admin.alterConsumerGroupOffsets(app, Map.of(partition, new OffsetAndMetadata(end))).all().get();
            admin.createTopics(List.of(new NewTopic(app + "-post-dedupe-changelog", 1, (short) 1),
                    new NewTopic(app + "-candidates-by-profile-repartition", 1, (short) 1),
                    new NewTopic(app + "-notes", 1, (short) 1),
                    new NewTopic(v2 + "-post-dedupe-changelog", 1, (short) 1),
                    new NewTopic(v2 + "-candidates-by-profile-repartition", 1, (short) 1))).all().get();
        }

        try (var member = groupMember(app, Topics.COMMENTS.name())) {
            Run refused = run("reset-processor", "--config", resetConfig.toString());
            assertThat(refused.exit).isEqualTo(1);
            assertThat(refused.err.strip()).startsWith("mentorfeed: the processor is running (1 member(s) in group "
                    + app).endsWith("stop every processor instance first");

            Run dryWhileRunning = run("reset-processor", "--dry-run", "--config", resetConfig.toString());
            assertThat(dryWhileRunning.exit).as(dryWhileRunning.err).isZero();
            assertThat(dryWhileRunning.out.lines().toList()).first().isEqualTo("note: the processor is running"
                    + " (1 member); stop every instance before running this without --dry-run");
            assertThat(dryWhileRunning.out).contains("dry run: would reset group " + app,
                    "  " + partition + ": " + end + " -> 0", "would delete internal topics:");
            assertThat(committed(app).get(partition)).isEqualTo(end);
        }

        Run dry = run("reset-processor", "--dry-run", "--config", resetConfig.toString());
        assertThat(dry.exit).as(dry.err).isZero();
        assertThat(dry.out).contains("dry run: would reset group " + app,
                "  " + partition + ": " + end + " -> 0", "  mentorfeed.comments-0: none -> 0",
                "would delete internal topics:\n  " + app + "-candidates-by-profile-repartition\n  " + app
                        + "-post-dedupe-changelog\nthen delete",
                dir.resolve("streams").toAbsolutePath().resolve(app).toString());
        assertThat(committed(app).get(partition)).isEqualTo(end);
        assertThat(topicNames()).contains(app + "-post-dedupe-changelog");

        Run future = run("reset-processor", "--dry-run", "--to-datetime", NOW.plusSeconds(86_400).toString(),
                "--config", resetConfig.toString());
        assertThat(future.out).contains("  " + partition + ": " + end + " -> " + end);
        assertThat(run("reset-processor", "--to-datetime", "yesterday", "--config", resetConfig.toString()).err)
                .contains("--to-datetime 'yesterday' is not an ISO instant");

        Run reset = run("reset-processor", "--config", resetConfig.toString());
        assertThat(reset.exit).as(reset.err).isZero();
        assertThat(committed(app).get(partition)).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topicNames())
                .doesNotContain(app + "-post-dedupe-changelog", app + "-candidates-by-profile-repartition")
                .contains(app + "-notes", v2 + "-post-dedupe-changelog", v2 + "-candidates-by-profile-repartition"));
        assertThat(reset.out).contains("now delete the local state directory on every processor machine");
    }

    // ---- export, import

    @Test
    void exportImportExportIsIdenticalAndImportPublishesOnlyWhatChanged() throws Exception {
        Path first = dir.resolve("first.yml");
        Run export = run("export", "--out", first.toString());
        assertThat(export.exit).as(export.err).isZero();
        assertThat(Files.readString(first)).contains("mentors:\n  - id: ", "feed-url: https://kim.example.org/feed.xml",
                "profiles:\n  - id: me", "time-zone: Europe/London", "digest-hour: 7");

        int mentorRecords = kafka.readAll(Topics.MENTORS).size();
        int profileRecords = kafka.readAll(Topics.PROFILES).size();
        Run same = run("import", first.toString());
        assertThat(same.exit).as(same.err).isZero();
        assertThat(kafka.readAll(Topics.MENTORS)).as("nothing written again").hasSize(mentorRecords);
        assertThat(kafka.readAll(Topics.PROFILES)).hasSize(profileRecords);
        assertThat(same.out).contains("mentors: 0 new, 0 changed", "profiles: 0 new, 0 changed, 1 unchanged");
        Run second = run("export");
        assertThat(second.out).isEqualTo(Files.readString(first));

        Path edited = dir.resolve("edited.yml");
        Files.writeString(edited, """
                mentors:
                  - id: new-one
                    feed-url: https://new.example.org/feed.xml
                profiles:
                  - id: me
                    name: Me Again
                    following: [kim, new-one]
                """);
        Run dry = run("import", edited.toString(), "--dry-run");
        assertThat(dry.out).contains("  new mentor new-one", "  changed profile me", "dry run: nothing written");
        assertThat(run("export").out).doesNotContain("new-one");

        Run imported = run("import", edited.toString());
        assertThat(imported.exit).as(imported.err).isZero();
        assertThat(latestMentor("new-one").feedUrl()).isEqualTo("https://new.example.org/feed.xml");
        assertThat(run("export").out).contains("name: Me Again", "  - id: kim");
    }

    @Test
    void aBadImportFileIsOneLineAndWritesNothing() throws Exception {
        int before = kafka.readAll(Topics.MENTORS).size();
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, """
                mentors:
                  - id: fine
                    feed-url: https://fine.example.org/feed.xml
                profiles:
                  - id: me
                    following: [ghost]
                """);
        Run run = run("import", file.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err.strip()).isEqualTo("mentorfeed: " + file
                + ": profiles: 'me' follows 'ghost', which is neither in the file's mentors nor registered");
        Files.writeString(file, "mentors:\n  - id: Not Valid!\n    feed-url: x\n");
        Run invalid = run("import", file.toString());
        assertThat(invalid.exit).isEqualTo(1);
        assertThat(invalid.err).startsWith("mentorfeed: " + file + ": mentors[0]: ").doesNotContain("\tat ");
        assertThat(kafka.readAll(Topics.MENTORS)).hasSize(before);
    }

    @Test
    void aTopicThatWasNeverSetUpIsNamedAndNotCreatedByReadingOrWritingIt() throws Exception {
        // This broker creates topics on demand, as Kafka does by default: the admin clients must not ask it to.
        Topic<String, String> missing = new Topic<>("mentorfeed.never-set-up", Serdes.String(), Serdes.String(),
                TopicSpec.compacted(1));
        try (AdminKafka admin = new AdminKafka(kafka.clientProperties(), Duration.ofSeconds(10))) {
            assertThatThrownBy(() -> admin.readAll(missing.name())).isInstanceOf(AdminException.class)
                    .hasMessage("topic mentorfeed.never-set-up does not exist: run ./mentorfeed setup first");
            assertThatThrownBy(() -> admin.send(missing, "k", "v", "writing")).isInstanceOf(AdminException.class)
                    .hasMessage("topic mentorfeed.never-set-up does not exist: run ./mentorfeed setup first");
            assertThatThrownBy(() -> admin.send(missing, List.of("v1", "v2"), v -> "k", "writing"))
                    .isInstanceOf(AdminException.class)
                    .hasMessage("topic mentorfeed.never-set-up does not exist: run ./mentorfeed setup first");
        }
        assertThat(topicNames()).doesNotContain(missing.name());
    }

    @Test
    void aReplayWhoseOriginTopicIsGoneIsSkippedNotRefusedWhole() throws Exception {
        // reset-processor deletes the repartition topic that rule failures of the per-profile step come from.
        String gone = "mentorfeed-processor-candidates-by-profile-repartition";
        long offset = sendDeadLetter(2, DeadLetters.record("processor", gone + "-1@7", bytes("me"), bytes("{}"), "rule",
                "profile-decider: boom", NOW));
        try {
            Run run = run("dead-letters", "replay", "2:" + offset, "--dry-run");
            assertThat(run.exit).as(run.err).isZero();
            assertThat(run.out).contains("skipped 2:" + offset + ": topic " + gone + " no longer exists",
                    "dry run: would replay 0, skipped 1");
        } finally {
            try (Admin admin = kafka.admin()) {
                admin.deleteRecords(Map.of(new TopicPartition(Topics.DEAD_LETTERS.name(), 2),
                        RecordsToDelete.beforeOffset(offset + 1))).all().get();
            }
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhy() {
        Path nowhere = dir.resolve("no-such-folder").resolve("registry.yml");
        Run run = run("export", "--out", nowhere.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err.strip()).isEqualTo("mentorfeed: cannot write " + nowhere + ": NoSuchFileException");
    }

    @Test
    void anUnreachableKafkaIsOneLineNamingIt() throws Exception {
        Path nowhere = dir.resolve("nowhere.yml");
        Files.writeString(nowhere, "kafka:\n  bootstrap-servers: 127.0.0.1:1\n");
        Run run = run("feeds", "--config", nowhere.toString(), "--timeout", "2");
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err.strip()).startsWith("mentorfeed: Kafka at 127.0.0.1:1 did not answer within 2 s");
    }

    // ---- helpers

    private record Run(int exit, String out, String err) {}

    /** Runs an admin command as MentorfeedCli would: a failure is one line on stderr and exit code 1. */
    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--config")) {
            all.addAll(List.of("--config", config.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AdminCommand()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            String message = String.valueOf(e.getMessage());
            cmd.getErr().println("mentorfeed: " + message.lines().findFirst().orElse(""));
            return 1;
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path config(String extra) throws Exception {
        Path file = Files.createTempFile(dir, "mentorfeed", ".yml");
        Files.writeString(file, "kafka:\n  bootstrap-servers: " + kafka.bootstrapServers() + "\n" + extra);
        return file;
    }

    private static Mentor mentor(String id, String name, boolean paused) {
        return new Mentor(id, name, feed(id), null, SourceKind.BLOG, List.of(), paused);
    }

    private static String feed(String id) {
        return "https://" + id + ".example.org/feed.xml";
    }

    private static Mentor latestMentor(String id) {
        return kafka.readAll(Topics.MENTORS).stream().filter(r -> id.equals(r.key()) && r.value() != null)
                .reduce((a, b) -> b).orElseThrow().value();
    }

    private static int mentorRecords(String id) {
        return (int) kafka.readAll(Topics.MENTORS).stream().filter(r -> id.equals(r.key())).count();
    }

    private static List<ControlCommand> controlCommands() {
        return kafka.readAll(Topics.CONTROL).stream().map(r -> r.value()).toList();
    }

    private static TopicPartition partitionOf(String topic, String key) {
        return rawRecords(topic).stream().filter(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8)))
                .map(r -> new TopicPartition(topic, r.partition())).findFirst().orElseThrow();
    }

    private static List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> rawRecords(String topic) {
        return new AdminKafka(kafka.clientProperties(), Duration.ofSeconds(30)).readAll(topic);
    }

    /** Writes a dead letter to a partition; returns its offset. */
    private static long sendDeadLetter(int partition, ProducerRecord<byte[], byte[]> letter) throws Exception {
        try (var producer = new KafkaProducer<>(kafka.clientProperties(), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), partition, letter.key(),
                    letter.value(), letter.headers())).get().offset();
        }
    }

    private static SentDigest sentDigest(String profile, LocalDate date, String status) {
        return new SentDigest(profile, date, "Europe/London", NOW, status,
                "<digest." + profile + "." + date + "@x.org>", 3, "api-1");
    }

    private static Map<TopicPartition, Long> committed(String group) throws Exception {
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .forEach((p, o) -> offsets.put(p, o.offset()));
            return offsets;
        }
    }

    private static long endOffset(TopicPartition partition) throws Exception {
        try (Admin admin = kafka.admin()) {
            return admin.listOffsets(Map.of(partition, org.apache.kafka.clients.admin.OffsetSpec.latest()))
                    .partitionResult(partition).get().offset();
        }
    }

    private static Set<String> topicNames() throws Exception {
        try (Admin admin = kafka.admin()) {
            return admin.listTopics().names().get();
        }
    }

    /** A consumer that has joined the group and holds partitions: a running service, as Kafka sees it. */
    private static KafkaConsumer<byte[], byte[]> groupMember(String group, String topic) {
        Map<String, Object> props = kafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
