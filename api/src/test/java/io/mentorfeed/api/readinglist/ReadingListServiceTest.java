package io.mentorfeed.api.readinglist;

import static io.mentorfeed.api.digest.DigestFixtures.mentor;
import static io.mentorfeed.api.digest.DigestFixtures.profile;
import static io.mentorfeed.api.digest.DigestFixtures.put;
import static io.mentorfeed.api.digest.DigestFixtures.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.readinglist.ReadingListQuery.Status;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadingListServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");
    private final MaterializedView view = new MaterializedView();
    private final ReadingListService lists = new ReadingListService(view);

    @BeforeEach
    void fill() {
        view.putProfile("ada", profile("ada", "UTC"));
        view.putMentor("kim", mentor("kim", "Kim"));
        for (int i = 0; i < 7; i++) {
            put(view, rec("ada", "p" + i, i % 2 == 0 ? "kim" : "bo", Action.READ, NOW.minus(Duration.ofHours(i)), 0.5));
        }
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatsOrGapsWhileNewPostsArrive() {
        List<String> seen = new ArrayList<>();
        ReadingListPage page = lists.page("ada", ReadingListQuery.firstPage(3), NOW);
        seen.addAll(ids(page));
        // Newer posts arrive between requests; they belong before the cursor and must not shift later pages.
        put(view, rec("ada", "new1", "kim", Action.READ, NOW.plusSeconds(60), 0.5));
        put(view, rec("ada", "new2", "kim", Action.READ, NOW.minus(Duration.ofMinutes(30)), 0.5));
        while (page.nextCursor() != null) {
            page = lists.page("ada", new ReadingListQuery(Status.UNREAD, null, null, null, null, 3,
                    Cursor.decode(page.nextCursor())), NOW);
            seen.addAll(ids(page));
        }
        assertThat(seen).containsExactly("p0", "p1", "p2", "p3", "p4", "p5", "p6");
    }

    @Test
    void filtersByMentorTagActionAndSince() {
        put(view, rec("ada", "later", "kim", Action.RESPOND_LATER, NOW.minus(Duration.ofDays(3)), 0.9));
        assertThat(ids(lists.page("ada", query(null, "kim", null, null, null), NOW)))
                .containsExactly("p0", "p2", "p4", "p6", "later");
        assertThat(ids(lists.page("ada", query(null, null, null, Action.RESPOND_LATER, null), NOW)))
                .containsExactly("later");
        assertThat(ids(lists.page("ada", query(null, null, "nope", null, null), NOW))).isEmpty();
        assertThat(ids(lists.page("ada", query(null, null, "career", null, NOW.minus(Duration.ofHours(1))), NOW)))
                .containsExactly("p0", "p1");
    }

    @Test
    void engagementsMoveItemsToDoneOrSnoozed() {
        view.addEngagement("ada", new Engagement("e1", "ada", "p0", "kim", Engagement.Kind.READ, NOW, null));
        view.addEngagement("ada", new Engagement("e2", "ada", "p1", "bo", Engagement.Kind.SNOOZED, NOW,
                NOW.plus(Duration.ofDays(1))));
        view.addEngagement("ada", new Engagement("e3", "ada", "p2", "kim", Engagement.Kind.SNOOZED, NOW,
                NOW.minusSeconds(1)));

        assertThat(ids(lists.page("ada", query(Status.DONE, null, null, null, null), NOW))).containsExactly("p0");
        assertThat(ids(lists.page("ada", query(Status.SNOOZED, null, null, null, null), NOW))).containsExactly("p1");
        assertThat(ids(lists.page("ada", query(null, null, null, null, null), NOW)))
                .containsExactly("p2", "p3", "p4", "p5", "p6");
        assertThat(lists.page("ada", query(Status.ALL, null, null, null, null), NOW).items()).hasSize(7);
    }

    @Test
    void aCursorNotMadeByTheApiIsRefused() {
        assertThatThrownBy(() -> Cursor.decode("not-a-cursor")).isInstanceOf(Rejection.class)
                .hasMessageContaining("'cursor'");
        Cursor cursor = new Cursor(NOW, "p1");
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    private static ReadingListQuery query(Status status, String mentor, String tag, Action action, Instant since) {
        return new ReadingListQuery(status, mentor, tag, action, since, 100, null);
    }

    private static List<String> ids(ReadingListPage page) {
        return page.items().stream().map(i -> i.item().postId()).toList();
    }
}
