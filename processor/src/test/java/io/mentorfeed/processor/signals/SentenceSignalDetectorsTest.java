package io.mentorfeed.processor.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Signal;
import io.mentorfeed.processor.Fixtures;
import io.mentorfeed.processor.posts.TextExtractor;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentenceSignalDetectorsTest {
    private final TextExtractor extractor = new TextExtractor();

    @Test
    void anEventWithADateOrPlaceIsAnEventWithItsSentence() {
        Optional<Signal> signal = new EventDetector().detect(post("", "signals/event-with-date.html"));

        assertThat(signal).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(Signal.Kind.EVENT);
            assertThat(s.evidence()).startsWith("I'm giving the closing keynote at Content Marketing World");
        });
    }

    @Test
    void anEventWordWithoutDateOrPlaceIsNoEvent() {
        assertThat(new EventDetector().detect(post("", "signals/event-word-only.html"))).isEmpty();
    }

    @Test
    void anEventInTheTitleCounts() {
        var post = new PostText("Join me for a live webinar on Thursday", extractor.extract("<p>Details inside.</p>"));

        assertThat(new EventDetector().detect(post)).hasValueSatisfying(s ->
                assertThat(s.evidence()).isEqualTo("Join me for a live webinar on Thursday"));
    }

    @Test
    void personalNewsToldInTheFirstPersonIsPersonalNews() {
        assertThat(new PersonalNewsDetector().detect(post("", "signals/personal-news.html")))
                .hasValueSatisfying(s -> {
                    assertThat(s.kind()).isEqualTo(Signal.Kind.PERSONAL_NEWS);
                    assertThat(s.evidence()).isEqualTo("My father passed away in October, after a long illness.");
                });
    }

    @Test
    void newsAboutOthersIsNotPersonalNews() {
        assertThat(new PersonalNewsDetector().detect(post("", "signals/news-about-others.html"))).isEmpty();
    }

    @Test
    void aBookLaunchIsAnAnnouncement() {
        assertThat(new AnnouncementDetector().detect(post("", "signals/book-launch.html")))
                .hasValueSatisfying(s -> {
                    assertThat(s.kind()).isEqualTo(Signal.Kind.ANNOUNCEMENT);
                    assertThat(s.evidence()).startsWith("My new book, Belonging to the Brand, is out today");
                });
    }

    @Test
    void aPostAboutBooksIsNoAnnouncement() {
        assertThat(new AnnouncementDetector().detect(post("On reading", "signals/about-books.html"))).isEmpty();
    }

    @Test
    void aFriendsLaunchIsNoAnnouncementAndASeasonStartingTodayIs() {
        assertThat(new AnnouncementDetector().detect(new PostText("", extractor.extract(
                "<p>My friend Lena's debut novel is out today.</p>")))).isEmpty();
        assertThat(new AnnouncementDetector().detect(new PostText("", extractor.extract(
                "<p>Season 4 of the show starts today.</p>")))).isPresent();
    }

    @Test
    void theStandardDetectorsFindEverySignalOnceInAFixedOrder() {
        var post = new PostText("Episode 12 is live", extractor.extract(Fixtures.text("signals/personal-news.html")
                + "<p>What helped you through a loss? Tell me in the comments.</p>"));

        assertThat(SignalDetectors.standard().detect(post)).extracting(Signal::kind).containsExactly(
                Signal.Kind.INVITES_RESPONSE, Signal.Kind.PERSONAL_NEWS, Signal.Kind.ANNOUNCEMENT);
    }

    private PostText post(String title, String resource) {
        return new PostText(title, extractor.extract(Fixtures.text(resource)));
    }
}
