package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.http.ApiServices;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.MaterializedView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runbook's rotation of {@code api.email.signing-secret}, through the settings the API builds its one-click
 * actions from: before, during the overlap (old secret listed as previous), after the old one is removed.
 */
class SigningSecretRotationTest {
    private static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
    private static final String OLD = EmailFixtures.SECRET;
    private static final String NEW = "the-signing-secret-after-a-rotation-0123456789";
    private static final EmailAction SKIP = new EmailAction("ada", "skipped", "p1", NOW.plusSeconds(3600));

    private final EmailConfig before = EmailConfig.defaults().withSigningSecrets(OLD, List.of());
    private final EmailConfig during = before.withSigningSecrets(NEW, List.of(OLD));
    private final EmailConfig after = before.withSigningSecrets(NEW, List.of());

    private static EmailActions actions(EmailConfig email) {
        return ApiServices.over(new MaterializedView(), null, new FeedDiscovery(false), 3, 10, email).emailActions();
    }

    @Test
    void aLinkSentBeforeTheRotationWorksWhileItsSecretIsPreviousAndIsRefusedOnceRemoved() {
        String sentBefore = ActionLinks.from(before).sign(SKIP);
        assertThat(actions(during).check(sentBefore, NOW)).isEqualTo(SKIP);
        assertThatThrownBy(() -> actions(after).check(sentBefore, NOW))
                .isInstanceOf(InvalidActionLinkException.class)
                .matches(e -> !((InvalidActionLinkException) e).expired());
    }

    @Test
    void aLinkSentDuringTheOverlapOutlivesTheOldSecret() {
        String sentDuring = ActionLinks.from(during).sign(SKIP);
        assertThat(actions(after).check(sentDuring, NOW)).isEqualTo(SKIP);
    }
}
