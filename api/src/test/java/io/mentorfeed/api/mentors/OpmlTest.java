package io.mentorfeed.api.mentors;

import static org.assertj.core.api.Assertions.assertThat;

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
    void exportThenParseGivesTheSameFeeds() {
        List<Mentor> mentors = List.of(
                new Mentor("kim", "Kim & Co <3", "https://kim.example.org/feed.xml?a=1&b=2", "https://kim.example.org/",
                        SourceKind.BLOG, List.of(), false),
                new Mentor("bo", "Bo", "https://bo.example.org/videos.xml", SourceKind.VIDEO));

        List<Opml.Outline> parsed = Opml.parse(Opml.export(mentors));

        assertThat(parsed).containsExactly(
                new Opml.Outline("Kim & Co <3", "https://kim.example.org/feed.xml?a=1&b=2", "https://kim.example.org/",
                        "blog"),
                new Opml.Outline("Bo", "https://bo.example.org/videos.xml", null, "video"));
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
