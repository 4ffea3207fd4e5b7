package io.mentorfeed.processor;

import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Test fixtures from src/test/resources, and small builders to vary them. */
public final class Fixtures {
    private Fixtures() {}

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IngestedEntry entry(String resource) {
        try {
            return Json.mapper().readValue(text(resource), IngestedEntry.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal entry from one mentor, with the given content. */
    public static IngestedEntry entry(String mentorId, String entryId, String title, String html, Instant published) {
        var entry = new FeedEntry(entryId, title, "https://" + mentorId + ".example/" + entryId, null, published, null,
                null, html, List.of(), null, null, null, List.of(), null);
        return new IngestedEntry(mentorId, "https://" + mentorId + ".example/feed", published.plusSeconds(60), null,
                entry);
    }

    public static IngestedEntry withContent(IngestedEntry in, String title, String html) {
        FeedEntry e = in.entry();
        var changed = new FeedEntry(e.id(), title, e.link(), e.author(), e.published(), e.updated(), e.summary(), html,
                e.categories(), e.commentsUrl(), e.commentsFeedUrl(), e.commentCount(), e.enclosures(), e.media());
        return new IngestedEntry(in.mentorId(), in.feedUrl(), in.fetchedAt().plusSeconds(3600), in.feed(), changed);
    }
}
