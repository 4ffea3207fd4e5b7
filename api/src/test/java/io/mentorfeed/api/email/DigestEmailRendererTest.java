package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.api.digest.Digest;
import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Profile;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DigestEmailRendererTest {
    private static final Instant OPENS = Instant.parse("2026-03-07T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");

    private final MaterializedView view = new MaterializedView();
    private final EmailConfig config = EmailConfig.plainSmtp("localhost", 25, "https://mf.example.org/", EmailFixtures.SECRET);
    private final DigestEmailRenderer renderer = new DigestEmailRenderer(config, new ActionLinks(EmailFixtures.SECRET), view::post);

    private DigestEmail render(Profile profile) {
        Digest digest = new DigestService(view, 3, 10).digest(profile.id(), LocalDate.parse("2026-03-07"), NOW);
        return renderer.render(profile, digest, NOW);
    }

    @Test
    void hostileFeedContentIsNeutralisedInBothParts() {
        Profile ada = DigestFixtures.profile("ada", "America/New_York");
        view.putProfile("ada", ada);
        view.putMentor("kim", DigestFixtures.mentor("kim", "Kim <i>Lee</i>"));
        view.putPost("kim-1", EmailFixtures.hostilePost("kim-1", OPENS));
        view.putRecommendation("ada/kim-1", EmailFixtures.rec("ada", "kim-1", Action.RESPOND_NOW, OPENS));

        DigestEmail email = render(ada);

        assertThat(email.items()).isEqualTo(1);
        assertThat(email.to()).isEqualTo("ada@example.org");
        assertThat(email.subject()).isEqualTo("1 post today: “<script>alert('title')</script>Ask me <b>anything</b>”");
        assertThat(email.html().toLowerCase()).doesNotContain("<script", "javascript:", "<img", "onclick", "<iframe",
                "tracker.example", "display:none");
        assertThat(email.html()).contains("&lt;script&gt;", "Kim &lt;i&gt;Lee&lt;/i&gt;", "a fine link",
                "best before Wed 11 Mar, 06:00", "https://mf.example.org/api/v1/email-actions/");
        assertThat(email.html()).containsPattern("<b>unclosed <i>tags(…)?</i></b></div>");
        assertThat(email.text()).contains("Ask me", "Hello click me a fine link unclosed tags", "I commented: https://mf.example.org/api/v1/email-actions/")
                .doesNotContain("<p>", "javascript:");
        assertThat(email.listUnsubscribe()).startsWith("https://mf.example.org/api/v1/email-actions/");
        assertThat(email.messageId()).isEqualTo("<digest.ada.2026-03-07@mentorfeed.test>");
    }

    @Test
    void anEmptyDayStillRendersAndSaysSo() {
        Profile bo = DigestFixtures.profile("bo", "UTC");
        view.putProfile("bo", bo);
        DigestEmail email = render(bo);
        assertThat(email.items()).isZero();
        assertThat(email.subject()).isEqualTo("Nothing to respond to today");
        assertThat(email.html()).contains("Nothing needs you today");
    }
}
