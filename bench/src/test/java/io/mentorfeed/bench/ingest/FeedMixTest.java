package io.mentorfeed.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class FeedMixTest {
    private static String body(FeedMix.Answer answer) {
        var out = new ByteArrayOutputStream();
        for (byte[] chunk : answer.chunks()) {
            out.writeBytes(chunk);
        }
        assertThat((long) out.size()).isEqualTo(answer.length());
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aFirstRoundIsAll200AndALaterConditionalRoundAbout80Percent304() {
        FeedMix mix = new FeedMix(1000, 0.2);
        String[] etags = new String[1000];
        for (int feed = 0; feed < 1000; feed++) {
            FeedMix.Answer first = mix.answer(feed, null, null);
            assertThat(first.status()).isEqualTo(200);
            etags[feed] = first.etag();
        }
        for (int feed = 0; feed < 1000; feed++) {
            mix.answer(feed, etags[feed], null);
        }

        assertThat(mix.firstFetches.sum()).isEqualTo(1000);
        assertThat(mix.requests()).isEqualTo(2000);
        assertThat(mix.notModified.sum()).isBetween(700L, 900L);
    }

    @Test
    void aChangedFeedBringsOneNewItemWithItsOwnIdsAndNewValidators() {
        FeedMix mix = new FeedMix(10, 1.0); // every conditional request finds a change
        FeedMix.Answer first = mix.answer(4, null, null);
        FeedMix.Answer changed = mix.answer(4, null, first.lastModified());

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isNotEqualTo(first.etag());
        assertThat(changed.lastModified()).isNotEqualTo(first.lastModified());
        assertThat(body(changed)).contains("<guid>f4-v1</guid>", "https://f4.example/posts/0")
                .doesNotContain("load.example").endsWith("</channel></rss>");
        assertThat(body(mix.answer(5, null, null))).contains("urn:f5-v0", "https://f5.example/").endsWith("</feed>");
    }

    @Test
    void anUnchangedFeedAnswers304ToItsLastModifiedToo() {
        FeedMix mix = new FeedMix(10, 0.0);
        FeedMix.Answer first = mix.answer(2, null, null);

        assertThat(mix.answer(2, null, first.lastModified()).status()).isEqualTo(304);
        assertThat(mix.answer(2, "\"stale\"", first.lastModified()).status()).isEqualTo(200);
    }
}
