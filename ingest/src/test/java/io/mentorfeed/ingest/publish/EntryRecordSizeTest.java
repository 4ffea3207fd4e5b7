package io.mentorfeed.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.DeadLetters;
import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An entry Kafka would refuse must not reach the group transaction, where it would fail every poll with it. */
class EntryRecordSizeTest {
    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void anEntryOfUsualSizeGoesToTheEntriesTopicAsItIs() {
        var record = EntryPublisher.entryRecord("m1", entry("<p>short</p>", "<p>the article</p>"));

        assertThat(record.topic()).isEqualTo(Topics.ENTRIES.name());
        assertThat(read(record.value()).entry().fullContentHtml()).isEqualTo("<p>the article</p>");
    }

    @Test
    void anEntryTooLargeWithItsArticleGoesWithoutTheArticle() {
        String article = "<p>" + "é".repeat(EntryPublisher.MAX_ENTRY_BYTES / 2) + "</p>";

        var record = EntryPublisher.entryRecord("m1", entry("<p>the excerpt…</p>", article));

        assertThat(record.topic()).isEqualTo(Topics.ENTRIES.name());
        assertThat(record.value().length).isLessThanOrEqualTo(EntryPublisher.MAX_ENTRY_BYTES);
        IngestedEntry published = read(record.value());
        assertThat(published.entry().fullContentHtml()).isNull();
        assertThat(published.entry().contentHtml()).isEqualTo("<p>the excerpt…</p>");
    }

    @Test
    void anEntryTooLargeOnItsOwnBecomesADeadLetterSayingWhy() {
        String content = "<p>" + "x".repeat(EntryPublisher.MAX_ENTRY_BYTES) + "</p>";

        var record = EntryPublisher.entryRecord("m1", entry(content, null));

        assertThat(record.topic()).isEqualTo(Topics.DEAD_LETTERS.name());
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("m1");
        assertThat(record.value()).hasSize(DeadLetters.MAX_KEPT_BYTES);
        assertThat(DeadLetters.header(record.headers(), DeadLetters.ERROR_CLASS)).isEqualTo("too-large");
        assertThat(DeadLetters.header(record.headers(), DeadLetters.ORIGIN)).isEqualTo("http://feeds.example/m1.xml");
    }

    private static IngestedEntry entry(String contentHtml, String article) {
        var entry = new FeedEntry("e1", "A post", "http://site.example/a-post", "Ann", AT, null, null, contentHtml,
                List.of(), null, null, null, List.of(), null).withFullContentHtml(article);
        return new IngestedEntry("m1", "http://feeds.example/m1.xml", AT, null, entry);
    }

    private static IngestedEntry read(byte[] value) {
        return Topics.ENTRIES.valueSerde().deserializer().deserialize(Topics.ENTRIES.name(), value);
    }
}
