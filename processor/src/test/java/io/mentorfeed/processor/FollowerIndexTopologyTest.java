package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.SourceKind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mentor -> followers index kept from the profiles topic: who a post is offered to, as profiles change. */
class FollowerIndexTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path stateDir;

    private ProcessorDriver kafka;

    @BeforeEach
    void start() {
        kafka = new ProcessorDriver(MentorfeedTopologyTest.configIn(stateDir), NOW);
        for (String mentor : List.of("fred", "mark")) {
            kafka.mentors.pipeInput(mentor, new Mentor(mentor, mentor, "https://" + mentor + ".example/feed",
                    SourceKind.BLOG));
        }
    }

    @AfterEach
    void stop() {
        kafka.close();
    }

    @Test
    void aPostIsOfferedToItsMentorsFollowersOnly() {
        for (int i = 0; i < 40; i++) {
            follow("r" + i, List.of(), i % 4 == 0 ? List.of("fred", "mark") : List.of("mark"));
        }

        post("fred", "p1");

        assertThat(kafka.latest().values()).extracting(Recommendation::profileId)
                .containsExactlyInAnyOrder("r0", "r4", "r8", "r12", "r16", "r20", "r24", "r28", "r32", "r36");
    }

    @Test
    void anUnfollowOrADeletedProfileStopsTheOffersAndAFollowStartsThem() {
        follow("bob", List.of(), List.of("fred"));
        follow("ann", List.of(), List.of("fred"));
        follow("cat", List.of(), List.of("mark"));

        follow("bob", List.of(), List.of("mark")); // bob leaves fred for mark
        kafka.profiles.pipeInput("ann", (Profile) null); // ann is gone
        follow("cat", List.of(), List.of("mark", "fred")); // cat follows fred too
        post("fred", "p1");

        assertThat(kafka.latest().values()).extracting(Recommendation::profileId).containsExactly("cat");
    }

    @Test
    void aChangeOfInterestsIsWhatTheNextPostIsMatchedAgainst() {
        follow("bob", List.of("gardening"), List.of("fred"));
        post("fred", "p1");
        assertThat(only().reasons()).noneMatch(r -> r.startsWith("Matches your interest"));

        follow("bob", List.of("marketing"), List.of("fred"));
        post("fred", "p2");
        assertThat(only().reasons()).contains("Matches your interest in marketing");
    }

    @Test
    void aFollowOfAnIdThatCannotBeAMentorIsIgnored() {
        follow("bob", List.of(), List.of("fred/../mark", "fred"));
        post("mark", "p1");
        assertThat(kafka.latest()).isEmpty();
        post("fred", "p2");
        assertThat(only().action()).isEqualTo(Action.READ);
    }

    private Recommendation only() {
        var latest = kafka.latest();
        assertThat(latest).hasSize(1);
        return latest.values().iterator().next();
    }

    private void follow(String profileId, List<String> interests, List<String> mentors) {
        kafka.profiles.pipeInput(profileId, new Profile(profileId, profileId, null, ZoneId.of("UTC"), 7, interests,
                mentors));
    }

    private void post(String mentor, String entryId) {
        kafka.entries.pipeInput(mentor, Fixtures.entry(mentor, entryId, "Notes on marketing",
                "<p>What I learnt about marketing this year, in three parts.</p>", NOW));
    }
}
