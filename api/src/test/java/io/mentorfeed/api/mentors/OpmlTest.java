package io.mentorfeed.api.mentors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.ViewWriter;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

    @Test
    void importAddsNewFeedsFromFoldersSkipsKnownOnesAndReportsBadOnes() throws IOException {
        MaterializedView view = new MaterializedView();
        view.putMentor("kim", new Mentor("kim", "Kim", "https://kim.example.org/feed.xml", SourceKind.BLOG));
        ViewWriter writer = new ViewWriter(view);
        OpmlImport opmlImport = new OpmlImport(view, new MentorService(view, writer, new FeedDiscovery(false)));

        OpmlImport.Result result = opmlImport.importOpml(fixture("three-feeds-in-folders.opml"));

        assertThat(result.created()).extracting(Mentor::id).containsExactly("kim-lee-again", "bo-chen");
        assertThat(result.created().get(1).kind()).isEqualTo(SourceKind.VIDEO);
        assertThat(result.skipped()).extracting(OpmlImport.Skipped::reason)
                .containsExactly("already followed", "Field 'url' must be an absolute http or https URL of at most "
                        + "2048 characters");
        assertThat(writer.written).hasSize(2);
    }

    @Test
    void nestedFoldersAndCategoryAttributesBecomeCategories() throws IOException {
        List<Opml.Outline> outlines = Opml.parse(fixture("nested-folders.opml"));

        assertThat(outlines).extracting(Opml.Outline::xmlUrl).containsExactly("https://businessesgrow.com/feed/",
                "https://avc.com/feed/", "https://seths.blog/feed/", "https://seths.blog/other/feed/",
                "https://www.youtube.com/feeds/videos.xml?channel_id=UCctXZhXmG-kf3tlIXgVZUlw");
        assertThat(outlines.getFirst()).isEqualTo(new Opml.Outline("Mark Schaefer", "https://businessesgrow.com/feed/",
                "https://businessesgrow.com/", List.of("Business/Marketing"), null));
        assertThat(outlines.get(1).categories()).containsExactly("Business", "vc", "startups");
        assertThat(outlines.get(2).categories()).isEmpty();
    }

    @Test
    void importedFoldersBecomeTopicsAndYouTubeFeedsVideos() throws IOException {
        MaterializedView view = new MaterializedView();
        OpmlImport opmlImport = new OpmlImport(view, new MentorService(view, new ViewWriter(view), new FeedDiscovery(false)));

        List<Mentor> created = opmlImport.importOpml(fixture("nested-folders.opml")).created();

        assertThat(created).extracting(Mentor::id).containsExactly("mark-schaefer", "avc", "seth-s-blog",
                "seth-s-blog-2", "garyvee");
        assertThat(created.getFirst().topics()).containsExactly("marketing");
        assertThat(created.get(1).topics()).containsExactly("business", "vc", "startups");
        assertThat(created.getLast().kind()).isEqualTo(SourceKind.VIDEO);
    }

    @Test
    void exportThenParseGivesTheSameFeedsTopicsAndKinds() {
        List<Mentor> mentors = List.of(
                new Mentor("kim", "Kim & Co <3", "https://kim.example.org/feed.xml?a=1&b=2", "https://kim.example.org/",
                        SourceKind.BLOG, List.of("pricing", "sales"), false),
                new Mentor("bo", "Bo", "https://bo.example.org/episodes.xml", null, SourceKind.PODCAST, List.of(), false));

        List<Opml.Outline> parsed = Opml.parse(Opml.export(mentors));

        assertThat(parsed).containsExactly(
                new Opml.Outline("Kim & Co <3", "https://kim.example.org/feed.xml?a=1&b=2", "https://kim.example.org/",
                        List.of("pricing", "sales"), SourceKind.BLOG),
                new Opml.Outline("Bo", "https://bo.example.org/episodes.xml", null, List.of(), SourceKind.PODCAST));
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> Opml.parse("<rss/>")).hasMessageContaining("OPML");
    }

    @Test
    void anEntityBombStaysSmallText() throws IOException {
        List<Opml.Outline> parsed = Opml.parse(fixture("entity-bomb.opml"));
        assertThat(parsed).hasSize(1);
        assertThat(parsed.getFirst().title().length()).isLessThan(100);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = OpmlTest.class.getResourceAsStream("/opml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
