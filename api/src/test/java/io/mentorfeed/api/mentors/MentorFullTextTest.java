package io.mentorfeed.api.mentors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.ViewWriter;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.FullTextMode;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-mentor full-text switch and selector through PUT mentors/{id}. */
class MentorFullTextTest {
    private final MaterializedView view = new MaterializedView();
    private final MentorService mentors = new MentorService(view, new ViewWriter(view), new FeedDiscovery(false));

    @BeforeEach
    void register() {
        view.putMentor("seth", new Mentor("seth", "Seth", "https://seth.example/feed", SourceKind.BLOG));
    }

    @Test
    void anUpdateSetsTheSwitchAndSelectorAndOtherUpdatesKeepThem() {
        Mentor set = mentors.update("seth", request(null, "always", " article .entry-content "));
        assertThat(set.fullText()).isEqualTo(FullTextMode.ALWAYS);
        assertThat(set.fullTextSelector()).isEqualTo("article .entry-content");
        view.putMentor("seth", set);

        Mentor renamed = mentors.update("seth", request("Seth Godin", null, null));

        assertThat(renamed.fullText()).isEqualTo(FullTextMode.ALWAYS);
        assertThat(renamed.fullTextSelector()).isEqualTo("article .entry-content");
        view.putMentor("seth", renamed);
        assertThat(mentors.update("seth", request(null, null, "")).fullTextSelector()).isNull();
    }

    @Test
    void anUnknownSwitchOrAnInvalidSelectorIsRefusedNamingTheField() {
        assertThatThrownBy(() -> mentors.update("seth", request(null, "sometimes", null)))
                .isInstanceOf(Rejection.class).hasMessageContaining("'fullText' must be one of [auto, always, never]");
        assertThatThrownBy(() -> mentors.update("seth", request(null, null, "div[[")))
                .isInstanceOf(Rejection.class).hasMessageContaining("'fullTextSelector' is not a CSS selector");
    }

    private static MentorRequest request(String name, String fullText, String selector) {
        return new MentorRequest(null, name, null, null, null, null, null, null, fullText, selector);
    }
}
