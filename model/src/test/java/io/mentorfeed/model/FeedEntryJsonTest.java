package io.mentorfeed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The normalized entry on mentorfeed.entries: every field survives the topic's serde under its contract name. */
class FeedEntryJsonTest {
    private static final Instant T = Instant.parse("2026-11-19T08:15:00Z");

    @Test
    void everyFieldRoundTripsUnderItsContractName() {
        EntryMedia media = EntryMedia.builder().thumbnailUrl("https://a.example/t.jpg").durationSeconds(3723L)
                .explicit(false).keywords(List.of("hiring")).contents(List.of(new MediaContent(
                        "https://a.example/v.mp4", "video/mp4", "video", 60L, 640, 360, 1000L, 1200.0)))
                .build();
        FeedEntry entry = FeedEntry.builder("https://a.example/1").title("Hiring").link("https://a.example/1")
                .author("Ada Marsh").authors(List.of(new Person("Ada Marsh", "ada@a.example", null)))
                .contributors(List.of(new Person("Kim Lee", null, "https://kim.example/")))
                .published(T).updated(T.plusSeconds(60)).summary("Short.", "text").content("<p>Long.</p>", "html")
                .contentSrc("https://a.example/1.pdf").categories(List.of("hiring")).commentsUrl("https://a.example/1#c")
                .commentsFeedUrl("https://a.example/1/feed").commentCount(3)
                .enclosures(List.of(new Enclosure("https://a.example/1.mp3", "audio/mpeg", 100L))).media(media)
                .language("en").source(new EntrySource("Weekly", "https://w.example/", "https://w.example/rss"))
                .build();
        FeedInfo feed = new FeedInfo("Ada", "https://a.example/", "Notes", "en", "Ada Marsh", T, "https://a.example/i.png",
                "rss_2.0", null, null, List.of(new Person("Ada Marsh", null, null)), List.of("business"), "Ada",
                "https://a.example/", "Logo", "CC BY", "Hugo", new PodcastInfo("Ada Marsh", new Person(null,
                "p@a.example", null), "Summary", "Sub", true, false, null, "episodic", List.of("Business/Careers"),
                List.of("pricing"), "https://a.example/art.jpg", null));
        var serde = Topics.ENTRIES.valueSerde();
        IngestedEntry ingested = new IngestedEntry("ada", "https://a.example/feed", T, feed, entry);

        byte[] bytes = serde.serializer().serialize("t", ingested);
        String json = new String(bytes, StandardCharsets.UTF_8);

        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(ingested);
        assertThat(json).contains("\"summaryType\":\"text\"", "\"contentType\":\"html\"", "\"contentSrc\":",
                "\"authors\":[{\"name\":\"Ada Marsh\",\"email\":\"ada@a.example\"}]", "\"durationSeconds\":3723",
                "\"feedUrl\":\"https://w.example/rss\"", "\"podcast\":{", "\"imageTitle\":\"Ada\"")
                .doesNotContain("\"empty\"", "saysNothing", "displayName");
    }

    @Test
    void anEntryWrittenBeforeTheNewFieldsIsStillRead() {
        String older = """
                {"mentorId":"ada","feedUrl":"https://a.example/feed","fetchedAt":"2026-11-19T08:15:00Z",
                 "feed":{"title":"Ada","format":"rss_2.0"},
                 "entry":{"id":"x","title":"Old","categories":[],"enclosures":[],
                          "media":{"thumbnailUrl":"https://a.example/t.jpg","durationSeconds":60}}}""";

        IngestedEntry read = Topics.ENTRIES.valueSerde().deserializer().deserialize("t",
                older.getBytes(StandardCharsets.UTF_8));

        assertThat(read.entry().authors()).isEmpty();
        assertThat(read.entry().media().durationSeconds()).isEqualTo(60);
        assertThat(read.entry().media().keywords()).isEmpty();
        assertThat(read.feed().categories()).isEmpty();
    }
}
