package io.mentorfeed.processor.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Signal;
import io.mentorfeed.processor.posts.TextExtractor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Events in time: dates read relative to the post's publication, past events no signal. */
class EventDetectorTest {
    /** A Monday. */
    private static final Instant MONDAY = Instant.parse("2026-03-09T10:00:00Z");

    private final TextExtractor extractor = new TextExtractor();
    private final EventDetector detector = new EventDetector();

    private Optional<Signal> detect(String html, Instant published) {
        return detector.detect(new PostText("", extractor.extract(html), published));
    }

    @Test
    void anUpcomingEventCarriesItsDateAndPlace() {
        assertThat(detect("<p>I'm speaking at MarTech East in Boston on May 20.</p>", MONDAY)).hasValueSatisfying(s -> {
            assertThat(s.date()).isEqualTo(LocalDate.of(2026, 5, 20));
            assertThat(s.place()).isEqualTo("Boston");
        });
        assertThat(detect("<p>Join me for a live recording at the Barbican on 18 June.</p>", MONDAY))
                .hasValueSatisfying(s -> assertThat(s.place()).isEqualTo("Barbican"));
    }

    @Test
    void weekdaysAreTheNextOnesAfterPublicationUnlessTheSentenceIsPast() {
        assertThat(detect("<p>I'm hosting a workshop in Leeds on Thursday.</p>", MONDAY))
                .hasValueSatisfying(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2026, 3, 12)));
        assertThat(detect("<p>I'm going live this Sunday at 6pm to answer your questions on Zoom.</p>", MONDAY))
                .hasValueSatisfying(s -> {
                    assertThat(s.date()).isEqualTo(LocalDate.of(2026, 3, 15));
                    assertThat(s.place()).isEqualTo("online");
                });
        assertThat(detect("<p>On Wednesday I sat on a panel at Factory Berlin.</p>", MONDAY)).isEmpty();
    }

    @Test
    void anEventDatedBeforeThePostIsOver() {
        assertThat(detect("<p>I gave the keynote at SaaStr in San Francisco on March 3.</p>", MONDAY)).isEmpty();
        assertThat(detect("<p>The workshop in Lisbon on 2 March was full.</p>", MONDAY)).isEmpty();
    }

    @Test
    void anEventToldInThePastWithoutADateIsOver() {
        assertThat(detect("<p>Last week in Boston I gave my talk to 300 people.</p>", MONDAY)).isEmpty();
        assertThat(detect("<p>Footage from Saturday's meetup in Amsterdam.</p>", MONDAY)).isEmpty();
        assertThat(detect("<p>I'm still buzzing from last week's meetup in Leeds.</p>", MONDAY)).isEmpty();
    }

    @Test
    void aMonthAndDayWithoutYearLongBeforePublicationIsNextYear() {
        Instant november = Instant.parse("2026-11-20T10:00:00Z");

        assertThat(detect("<p>I'm running a workshop in Oslo on January 15.</p>", november))
                .hasValueSatisfying(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2027, 1, 15)));
    }

    @Test
    void theDateMayComeInTheNextSentenceOfTheParagraph() {
        assertThat(detect("<p>I'm doing my first ever meetup! Amsterdam, Saturday May 9, at Pllek, from 2pm.</p>",
                Instant.parse("2026-04-14T16:00:00Z")))
                .hasValueSatisfying(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2026, 5, 9)));
    }

    @Test
    void aReleaseOutTodayIsNoEventAndOnlineAloneIsNoPlace() {
        assertThat(detect("<p>My book is out today, with chapters on online talks and on the talk that goes wrong."
                + "</p>", MONDAY)).isEmpty();
        assertThat(detect("<p>Their webinar drew 400 signups.</p>", MONDAY)).isEmpty();
    }

    @Test
    void anEventWordAloneIsNoEvent() {
        assertThat(detect("<p>I turned 50 on Saturday, and I still get nervous before every talk.</p>", MONDAY))
                .isEmpty();
    }
}
