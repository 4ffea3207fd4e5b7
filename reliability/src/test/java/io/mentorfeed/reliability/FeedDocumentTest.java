package io.mentorfeed.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeedDocumentTest {
    private static final Pattern GUID = Pattern.compile("<guid isPermaLink=\"false\">([^<]+)</guid>");

    @Test
    void showsTheNewestEntriesOfTheWindowNewestFirst() {
        String rss = FeedDocument.rss("http://127.0.0.1:1/site/m3", 3, 12, 4, k -> Instant.ofEpochSecond(k));

        Matcher guids = GUID.matcher(rss);
        StringBuilder order = new StringBuilder();
        while (guids.find()) {
            order.append(guids.group(1)).append(' ');
        }
        assertThat(order.toString().strip()).isEqualTo("m3-12 m3-11 m3-10 m3-9");
        assertThat(rss).contains("<link>http://127.0.0.1:1/site/m3/12</link>", "Thu, 1 Jan 1970 00:00:12 GMT");
    }

    @Test
    void anEarlyFeedShowsWhatItHasAndEveryEssayIsAFullPostWithoutAQuestion() {
        String rss = FeedDocument.rss("http://127.0.0.1:1/site/m0", 0, 2, 50, k -> Instant.EPOCH);

        assertThat(GUID.matcher(rss).results().count()).isEqualTo(2);
        String essay = rss.substring(rss.indexOf("<![CDATA[") + 9, rss.indexOf("]]>"));
        assertThat(essay.replaceAll("<[^>]+>", "")).hasSizeGreaterThan(500).doesNotContain("?");
    }
}
