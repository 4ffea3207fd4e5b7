package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LagCommandTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void overdueFeedsAreTrackedUnpausedOnesPastTheirPollTimeMostOverdueFirst() {
        Map<String, Mentor> mentors = Map.of(
                "a", mentor("a", false), "b", mentor("b", false), "c", mentor("c", true), "d", mentor("d", false));
        Map<String, FeedState> states = Map.of(
                "a", state("a", NOW.minusSeconds(60)),
                "b", state("b", NOW.minusSeconds(600)),
                "c", state("c", NOW.minusSeconds(900)),      // paused: ingest does not poll it
                "d", state("d", NOW.plusSeconds(60)),        // not due yet
                "gone", state("gone", NOW.minusSeconds(999))); // no longer registered

        assertThat(LagCommand.overdue(mentors, states, NOW)).containsExactly(
                new GroupLag.OverdueFeed("b", "https://b.example.org/feed", NOW.minusSeconds(600), 600),
                new GroupLag.OverdueFeed("a", "https://a.example.org/feed", NOW.minusSeconds(60), 60));
    }

    @Test
    void aGroupRendersItsMembersPartitionsTotalAndNote() {
        GroupLag lag = new GroupLag("processor", "mentorfeed-processor", "Stable",
                List.of(new GroupLag.Member("p-1", "/10.0.0.5", List.of("mentorfeed.entries-0"))),
                List.of(GroupLag.PartitionLag.of("mentorfeed.entries", 0, 40L, 42),
                        GroupLag.PartitionLag.of("mentorfeed.entries", 1, null, 7)),
                2, null, null);
        assertThat(lag.render()).isEqualTo("""
                processor: group=mentorfeed-processor state=Stable members=1
                MEMBER  HOST       ASSIGNED
                p-1     /10.0.0.5  mentorfeed.entries-0
                TOPIC               PARTITION  COMMITTED  END  LAG
                mentorfeed.entries  0          40         42   2
                mentorfeed.entries  1          -          7    -
                total lag: 2
                """);
    }

    private static Mentor mentor(String id, boolean paused) {
        return new Mentor(id, id, "https://" + id + ".example.org/feed", null, SourceKind.BLOG, List.of(), paused);
    }

    private static FeedState state(String id, Instant nextPollAt) {
        return new FeedState(id, "https://" + id + ".example.org/feed", null, null, null, 200, nextPollAt, 0, null,
                true, List.of());
    }
}
