package io.mentorfeed.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
    private static final URI FEED = URI.create("https://blog.example/feed/");

    @Test
    void readsSeveralLinksOfOneHeaderAndOfSeveralHeaders() {
        List<LinkHeader> links = LinkHeader.parse(List.of(
                "<https://hub.example/>; rel=\"hub\", <https://blog.example/feed/>; rel=\"self\"",
                "<https://blog.example/comments/feed/>; rel=alternate; type=\"application/rss+xml\""), FEED);

        assertThat(links).extracting(LinkHeader::target).containsExactly(URI.create("https://hub.example/"),
                URI.create("https://blog.example/feed/"), URI.create("https://blog.example/comments/feed/"));
        assertThat(links.get(2).rels()).containsExactly("alternate");
    }

    @Test
    void aRelMayNameSeveralTypesInAnyCaseAndComeAfterOtherParameters() {
        List<String> header = List.of("<https://hub.example/>; title=\"our, hub\"; REL=\"Hub Self\"");

        assertThat(LinkHeader.first(header, FEED, "hub")).contains(URI.create("https://hub.example/"));
        assertThat(LinkHeader.first(header, FEED, "self")).contains(URI.create("https://hub.example/"));
    }

    @Test
    void relativeTargetsAreResolvedAgainstTheFeedUrl() {
        assertThat(LinkHeader.first(List.of("</websub/hub>; rel=\"hub\""), FEED, "hub"))
                .contains(URI.create("https://blog.example/websub/hub"));
    }

    @Test
    void skipsWhatIsNoLinkAndFindsNothingInNothing() {
        assertThat(LinkHeader.parse(List.of("garbage", "<not a uri>; rel=hub", "<https://x.example/>"), FEED))
                .isEmpty();
        assertThat(LinkHeader.first(List.of(), FEED, "hub")).isEmpty();
        assertThat(LinkHeader.first(null, FEED, "hub")).isEmpty();
    }
}
