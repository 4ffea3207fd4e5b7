package io.mentorfeed.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {
    @Test
    void nestedFoldersAndCategoryAttributesBecomeCategories() throws IOException {
        List<OpmlOutline> outlines = Opml.read(fixture("nested-folders.opml"));

        assertThat(outlines).extracting(OpmlOutline::xmlUrl).containsExactly("https://businessesgrow.com/feed/",
                "https://avc.com/feed/", "https://seths.blog/feed/", "https://seths.blog/other/feed/",
                "https://www.youtube.com/feeds/videos.xml?channel_id=UCctXZhXmG-kf3tlIXgVZUlw");
        assertThat(outlines.getFirst()).isEqualTo(new OpmlOutline("Mark Schaefer", "https://businessesgrow.com/feed/",
                "https://businessesgrow.com/", List.of("Business/Marketing")));
        assertThat(outlines.get(1).categories()).containsExactly("Business", "vc", "startups");
        assertThat(outlines.get(2).categories()).isEmpty();
    }

    @Test
    void importedOutlinesBecomeMentorsWithUniqueIds() throws IOException {
        List<Mentor> mentors = Opml.toMentors(Opml.read(fixture("nested-folders.opml")));

        assertThat(mentors).extracting(Mentor::id).containsExactly("mark-schaefer", "avc", "seth-s-blog",
                "seth-s-blog-2", "garyvee");
        assertThat(mentors.getFirst().topics()).containsExactly("marketing");
        assertThat(mentors.getLast().kind()).isEqualTo(SourceKind.VIDEO);
    }

    @Test
    void exportedMentorsReadBackTheSame() {
        List<Mentor> mentors = List.of(
                new Mentor("ada", "Ada & Co", "https://ada.example/feed", "https://ada.example/", SourceKind.BLOG,
                        List.of("pricing", "sales"), false),
                new Mentor("sam", "Sam", "https://sam.example/rss", null, SourceKind.PODCAST, List.of(), false));

        List<OpmlOutline> back = Opml.read(Opml.write("mentorfeed", mentors));

        assertThat(back).containsExactly(
                new OpmlOutline("Ada & Co", "https://ada.example/feed", "https://ada.example/",
                        List.of("pricing", "sales")),
                new OpmlOutline("Sam", "https://sam.example/rss", null, List.of()));
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> Opml.read("<rss/>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OPML");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = OpmlTest.class.getResourceAsStream("/opml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
