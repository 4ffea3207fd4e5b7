package io.mentorfeed.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.ViewWriter;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.mentors.MentorService;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.FeedState;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class OpsServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");

    private final MaterializedView view = new MaterializedView();
    private final ViewWriter writer = new ViewWriter(view);
    private final OpsService ops = new OpsService(view, writer, new MentorService(view, writer, new FeedDiscovery(false)));

    @Test
    void feedsAreSortedAndSayWhetherTheirMentorIsPausedEvenOnceTheMentorIsGone() {
        view.putMentor("kim", new Mentor("kim", "Kim", "https://kim.example.org/feed", null, SourceKind.BLOG, List.of(),
                true));
        view.putFeedState("kim", state("kim"));
        view.putFeedState("ann", state("ann")); // its mentor was deleted; ingest's state of it remains

        assertThat(ops.feeds()).extracting(FeedHealth::mentorId, FeedHealth::paused)
                .containsExactly(Tuple.tuple("ann", false),
                        Tuple.tuple("kim", true));
    }

    @Test
    void nothingIsWrittenForAnUnknownMentor() {
        assertThatThrownBy(() -> ops.refetch("nobody", NOW)).isInstanceOfSatisfying(Rejection.class,
                rejection -> assertThat(rejection.kind()).isEqualTo(Rejection.Kind.NOT_FOUND));
        assertThatThrownBy(() -> ops.pause("nobody")).isInstanceOf(Rejection.class);
        assertThat(writer.written).isEmpty();
    }

    private static FeedState state(String mentorId) {
        return new FeedState(mentorId, "https://" + mentorId + ".example.org/feed", null, null, NOW, 200,
                NOW.plusSeconds(600), 0, null, true, List.of());
    }
}
