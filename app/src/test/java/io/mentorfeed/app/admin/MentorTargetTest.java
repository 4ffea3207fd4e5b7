package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentorTargetTest {
    private final Map<String, Mentor> mentors = Map.of(
            "kim", new Mentor("kim", "Kim", "https://kim.example.org/feed/", SourceKind.BLOG),
            "ana", new Mentor("ana", "Ana", "https://shared.example.org/feed", SourceKind.BLOG),
            "bo", new Mentor("bo", "Bo", "https://shared.example.org/feed", SourceKind.BLOG));

    @Test
    void findsAMentorByIdOrByFeedUrlIgnoringATrailingSlash() {
        assertThat(MentorTarget.mentor("kim").resolve(mentors).id()).isEqualTo("kim");
        assertThat(MentorTarget.feed("https://kim.example.org/feed").resolve(mentors).id()).isEqualTo("kim");
    }

    @Test
    void unknownOrAmbiguousTargetsAreRefusedInOneLine() {
        assertThatThrownBy(() -> MentorTarget.mentor("zed").resolve(mentors))
                .hasMessage("no mentor 'zed' in the registry (see ./mentorfeed admin feeds)");
        assertThatThrownBy(() -> MentorTarget.feed("https://nope.example.org/").resolve(mentors))
                .hasMessage("no mentor has the feed https://nope.example.org/ (see ./mentorfeed admin feeds)");
        assertThatThrownBy(() -> MentorTarget.feed("https://shared.example.org/feed").resolve(mentors))
                .hasMessageStartingWith("2 mentors have the feed https://shared.example.org/feed (")
                .hasMessageEndingWith("): use --mentor ID");
    }
}
