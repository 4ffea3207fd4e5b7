package io.mentorfeed.api.digest;

import static io.mentorfeed.api.digest.DigestFixtures.mentor;
import static io.mentorfeed.api.digest.DigestFixtures.profile;
import static io.mentorfeed.api.digest.DigestFixtures.put;
import static io.mentorfeed.api.digest.DigestFixtures.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Signal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DigestServiceTest {
    private static final LocalDate DAY = LocalDate.parse("2025-03-12");
    /** Mid-morning of DAY in UTC, the zone of profile "ada". */
    private static final Instant MORNING = Instant.parse("2025-03-12T09:00:00Z");

    private final MaterializedView view = new MaterializedView();
    private final DigestService service = new DigestService(view, 3, 10);

    @BeforeEach
    void profiles() {
        view.putProfile("ada", profile("ada", "UTC"));
        view.putMentor("kim", mentor("kim", "Kim Lee"));
    }

    @Test
    void sortsEachRecommendationIntoOneSection() {
        Instant yesterday = MORNING.minus(Duration.ofDays(1));
        put(view,
                rec("ada", "now-1", "kim", Action.RESPOND_NOW, yesterday, 0.9, Signal.Kind.EVENT),
                rec("ada", "later-1", "bo", Action.RESPOND_LATER, yesterday, 0.6),
                rec("ada", "read-1", "cy", Action.READ, yesterday, 0.4),
                rec("ada", "event-1", "dee", Action.READ, yesterday, 0.3, Signal.Kind.EVENT),
                rec("ada", "news-1", "eve", Action.RESPOND_LATER, yesterday, 0.5, Signal.Kind.PERSONAL_NEWS),
                rec("ada", "skip-1", "fay", Action.SKIP, yesterday, 0.1));

        Digest digest = service.digest("ada", DAY, MORNING);

        assertThat(ids(digest.respondNow())).containsExactly("now-1");
        assertThat(ids(digest.respondLater())).containsExactly("later-1");
        assertThat(ids(digest.worthReading())).containsExactly("read-1");
        assertThat(ids(digest.events())).containsExactly("event-1");
        assertThat(ids(digest.personalNews())).containsExactly("news-1");
        assertThat(digest.profileId()).isEqualTo("ada");
        assertThat(digest.date()).isEqualTo(DAY);
        assertThat(digest.timeZone()).isEqualTo("UTC");
        assertThat(digest.generatedAt()).isEqualTo(MORNING);
    }

    @Test
    void itemCarriesTheDecisionAndPrefersTheMentorAndPostOfTheReadModel() {
        Instant opens = MORNING.minus(Duration.ofHours(3));
        put(view, rec("ada", "now-1", "kim", Action.RESPOND_NOW, opens, 0.8));
        view.putPost("now-1", new Post("now-1", "kim", "entry-1", "Revised title", "https://kim.example.org/p1", null,
                opens, null, null, null, null, 3, null, null, null, null, null, null, null, opens, 2, "hash"));

        DigestItem item = service.digest("ada", DAY, MORNING).respondNow().getFirst();

        assertThat(item.mentor()).isEqualTo(new DigestItem.MentorRef("kim", "Kim Lee"));
        assertThat(item.title()).isEqualTo("Revised title");
        assertThat(item.link()).isEqualTo("https://kim.example.org/p1");
        assertThat(item.published()).isEqualTo(opens);
        assertThat(item.action()).isEqualTo(Action.RESPOND_NOW);
        assertThat(item.window().opensAt()).isEqualTo(opens);
        assertThat(item.score()).isEqualTo(0.8);
        assertThat(item.reasons()).containsExactly("reason for now-1");
        assertThat(item.tags()).containsExactly("career");
    }

    @Test
    void respondNowKeepsTheBestItemPerMentorAndPassesTheRestToWorthReading() {
        Instant opens = MORNING.minus(Duration.ofHours(2));
        put(view,
                rec("ada", "kim-low", "kim", Action.RESPOND_NOW, opens, 0.70),
                rec("ada", "kim-high", "kim", Action.RESPOND_NOW, opens, 0.95),
                rec("ada", "bo-1", "bo", Action.RESPOND_NOW, opens, 0.80));

        Digest digest = service.digest("ada", DAY, MORNING);

        assertThat(ids(digest.respondNow())).containsExactly("kim-high", "bo-1");
        assertThat(ids(digest.worthReading())).containsExactly("kim-low");
    }

    @Test
    void respondNowAndWorthReadingAreCappedByScore() {
        DigestService small = new DigestService(view, 2, 2);
        Instant opens = MORNING.minus(Duration.ofHours(2));
        put(view,
                rec("ada", "a", "m1", Action.RESPOND_NOW, opens, 0.5),
                rec("ada", "b", "m2", Action.RESPOND_NOW, opens, 0.9),
                rec("ada", "c", "m3", Action.RESPOND_NOW, opens, 0.7),
                rec("ada", "d", "m4", Action.READ, opens, 0.1),
                rec("ada", "e", "m5", Action.READ, opens, 0.6));

        Digest digest = small.digest("ada", DAY, MORNING);

        assertThat(ids(digest.respondNow())).containsExactly("b", "c");
        assertThat(ids(digest.worthReading())).containsExactly("e", "a");
        assertThat(allIds(digest)).doesNotHaveDuplicates();
    }

    @Test
    void respondLaterEventsAndPersonalNewsAreCappedTooAndTheirOverflowReadsOn() {
        DigestService small = new DigestService(view, 2, 2);
        Instant opens = MORNING.minus(Duration.ofHours(2));
        put(view,
                rec("ada", "l1", "m1", Action.RESPOND_LATER, opens, 0.6),
                rec("ada", "l2", "m2", Action.RESPOND_LATER, opens.plusSeconds(60), 0.6),
                rec("ada", "l3", "m3", Action.RESPOND_LATER, opens.plusSeconds(120), 0.6),
                rec("ada", "e1", "m4", Action.READ, opens, 0.3, Signal.Kind.EVENT),
                rec("ada", "e2", "m5", Action.READ, opens.plusSeconds(60), 0.3, Signal.Kind.EVENT),
                rec("ada", "e3", "m6", Action.READ, opens.plusSeconds(120), 0.3, Signal.Kind.EVENT),
                rec("ada", "n1", "m7", Action.READ, opens, 0.2, Signal.Kind.PERSONAL_NEWS),
                rec("ada", "n2", "m8", Action.READ, opens.plusSeconds(60), 0.2, Signal.Kind.PERSONAL_NEWS),
                rec("ada", "n3", "m9", Action.READ, opens.plusSeconds(120), 0.2, Signal.Kind.PERSONAL_NEWS));

        Digest digest = small.digest("ada", DAY, MORNING);

        // respond-later is capped by maxRespondNow, events and personal news by maxWorthReading.
        assertThat(ids(digest.respondLater())).containsExactly("l1", "l2");
        assertThat(ids(digest.events())).hasSize(2);
        assertThat(ids(digest.personalNews())).containsExactly("n3", "n2");
        // What a section could not take is still worth reading, best first.
        assertThat(ids(digest.worthReading())).containsExactly("l3", "e1");
        assertThat(allIds(digest)).doesNotHaveDuplicates();
    }

    @Test
    void anUpcomingEventStaysInTheEventsSectionPastTheReadingSpanSoonestFirst() {
        Instant threeWeeksAgo = MORNING.minus(Duration.ofDays(21));
        put(view, withEvent(rec("ada", "far", "m1", Action.READ, threeWeeksAgo, 0.3, Signal.Kind.EVENT),
                        LocalDate.parse("2025-04-30")),
                withEvent(rec("ada", "near", "m2", Action.READ, threeWeeksAgo, 0.3, Signal.Kind.EVENT),
                        LocalDate.parse("2025-03-20")),
                withEvent(rec("ada", "over", "m3", Action.READ, threeWeeksAgo, 0.3, Signal.Kind.EVENT),
                        LocalDate.parse("2025-03-10")));

        Digest digest = service.digest("ada", DAY, MORNING);

        assertThat(ids(digest.events())).containsExactly("near", "far");
        assertThat(digest.events().getFirst().eventDate()).isEqualTo(LocalDate.parse("2025-03-20"));
        assertThat(digest.events().getFirst().eventPlace()).isEqualTo("Lisbon");
    }

    /** The recommendation of a post whose event is on this day in Lisbon: its window lasts until then. */
    private static io.mentorfeed.model.Recommendation withEvent(io.mentorfeed.model.Recommendation r, LocalDate day) {
        var window = new io.mentorfeed.model.ResponseWindow(r.window().opensAt(), r.window().bestBefore(),
                day.plusDays(1).atStartOfDay(java.time.ZoneOffset.ofHours(-12)).toInstant());
        return new io.mentorfeed.model.Recommendation(r.profileId(), r.postId(), r.mentorId(), r.mentorName(),
                r.title(), r.link(), r.published(), r.action(), window, r.eligibleAt(), r.score(), r.reasons(),
                r.tags(), r.signals(), r.decidedAt(), r.closed(), day, "Lisbon");
    }

    @Test
    void leavesOutClosedExpiredStaleAndFutureItems() {
        Instant dayStart = DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        put(view,
                rec("ada", "closed", "kim", Action.RESPOND_NOW, MORNING.minus(Duration.ofHours(1)), 0.9, true),
                rec("ada", "expired", "bo", Action.RESPOND_NOW, dayStart.minus(DigestFixtures.OPEN_FOR), 0.9),
                rec("ada", "open-at-start", "cy", Action.RESPOND_NOW,
                        dayStart.minus(DigestFixtures.OPEN_FOR).plusSeconds(1), 0.9),
                rec("ada", "stale-read", "dee", Action.READ, dayStart.minus(Duration.ofDays(6)).minusSeconds(1), 0.5),
                rec("ada", "oldest-read", "dee", Action.READ, dayStart.minus(Duration.ofDays(6)), 0.5),
                rec("ada", "tomorrow", "eve", Action.RESPOND_NOW, dayStart.plus(Duration.ofDays(1)), 0.9),
                rec("bob", "other-reader", "kim", Action.RESPOND_NOW, MORNING, 0.9));

        Digest digest = service.digest("ada", DAY, MORNING);

        assertThat(allIds(digest)).containsExactlyInAnyOrder("open-at-start", "oldest-read");
    }

    @Test
    void theDateIsALocalDateOfTheProfilesTimeZone() {
        // 20:00 UTC on March 10 is 13:00 on the 10th in Los Angeles (PDT) but 05:00 on the 11th in Tokyo.
        Instant published = Instant.parse("2025-03-10T20:00:00Z");
        view.putProfile("la", profile("la", "America/Los_Angeles"));
        view.putProfile("tokyo", profile("tokyo", "Asia/Tokyo"));
        put(view, rec("la", "p1", "kim", Action.RESPOND_NOW, published, 0.9),
                rec("tokyo", "p1", "kim", Action.RESPOND_NOW, published, 0.9));
        LocalDate march10 = LocalDate.parse("2025-03-10");

        assertThat(ids(service.digest("la", march10, published).respondNow())).containsExactly("p1");
        assertThat(service.digest("tokyo", march10, published).respondNow()).isEmpty();
        assertThat(ids(service.digest("tokyo", march10.plusDays(1), published).respondNow())).containsExactly("p1");
    }

    @Test
    void withoutADateTheDigestIsForTodayInTheProfilesTimeZone() {
        view.putProfile("la", profile("la", "America/Los_Angeles"));
        view.putProfile("tokyo", profile("tokyo", "Asia/Tokyo"));
        Instant now = Instant.parse("2025-03-11T02:00:00Z");

        Digest la = service.digest("la", null, now);
        Digest tokyo = service.digest("tokyo", null, now);

        assertThat(la.date()).isEqualTo(LocalDate.parse("2025-03-10"));
        assertThat(la.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(tokyo.date()).isEqualTo(LocalDate.parse("2025-03-11"));
    }

    @Test
    void unknownProfileIsReportedByName() {
        assertThatThrownBy(() -> service.digest("nobody", DAY, MORNING))
                .isInstanceOf(UnknownProfileException.class)
                .hasMessage("No profile 'nobody'");
        assertThatThrownBy(() -> service.digest("Not An Id", DAY, MORNING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("profile id");
    }

    @Test
    void aDeletedProfileOrRecommendationLeavesTheDigest() {
        put(view, rec("ada", "now-1", "kim", Action.RESPOND_NOW, MORNING, 0.9));
        view.putRecommendation("ada/now-1", null);
        assertThat(allIds(service.digest("ada", DAY, MORNING))).isEmpty();

        view.putProfile("ada", null);
        assertThatThrownBy(() -> service.digest("ada", DAY, MORNING)).isInstanceOf(UnknownProfileException.class);
    }

    private static List<String> ids(List<DigestItem> items) {
        return items.stream().map(DigestItem::postId).toList();
    }

    private static List<String> allIds(Digest digest) {
        return Stream.of(digest.respondNow(), digest.respondLater(), digest.worthReading(), digest.events(),
                digest.personalNews()).flatMap(List::stream).map(DigestItem::postId).toList();
    }
}
