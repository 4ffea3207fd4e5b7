package io.mentorfeed.api.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionLinksTest {
    private static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
    private static final String NEW_SECRET = "the-signing-secret-after-a-rotation-0123456789";
    private final ActionLinks links = new ActionLinks(EmailFixtures.SECRET);
    private final ActionLinks rotated = new ActionLinks(NEW_SECRET, List.of(EmailFixtures.SECRET));

    @Test
    void aSignedActionComesBackAsSigned() {
        EmailAction action = new EmailAction("ny", "snoozed", "kim|odd id", NOW.plusSeconds(3600));
        assertThat(links.verify(links.sign(action), NOW)).isEqualTo(action);
        EmailAction unsubscribe = new EmailAction("ny", EmailAction.UNSUBSCRIBE, null, NOW.plusSeconds(60));
        assertThat(links.verify(links.sign(unsubscribe), NOW).unsubscribe()).isTrue();
    }

    @Test
    void anyChangedCharacterIsRefused() {
        String token = links.sign(new EmailAction("ny", "skipped", "kim-1", NOW.plusSeconds(3600)));
        for (int i = 0; i < token.length(); i++) {
            char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
            String altered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThatThrownBy(() -> links.verify(altered, NOW)).isInstanceOf(InvalidActionLinkException.class);
        }
    }

    @Test
    void afterARotationLinksAreSignedWithTheNewSecretAndTheOldOneStillVerifies() {
        EmailAction action = new EmailAction("ny", "commented", "kim-1", NOW.plusSeconds(3600));
        String sentBefore = links.sign(action);
        assertThat(rotated.verify(sentBefore, NOW)).isEqualTo(action);

        String sentAfter = rotated.sign(action);
        assertThat(new ActionLinks(NEW_SECRET).verify(sentAfter, NOW)).isEqualTo(action);
        assertThatThrownBy(() -> links.verify(sentAfter, NOW)).isInstanceOf(InvalidActionLinkException.class);
    }

    @Test
    void aPreviousSecretChangesNeitherTamperingNorExpiry() {
        String sentBefore = links.sign(new EmailAction("ny", "skipped", "kim-1", NOW.plusSeconds(60)));
        String otherPost = links.sign(new EmailAction("ny", "skipped", "kim-2", NOW.plusSeconds(60)));
        String tampered = otherPost.substring(0, otherPost.indexOf('.'))
                + sentBefore.substring(sentBefore.indexOf('.'));
        assertThatThrownBy(() -> rotated.verify(tampered, NOW)).isInstanceOf(InvalidActionLinkException.class)
                .matches(e -> !((InvalidActionLinkException) e).expired());
        assertThatThrownBy(() -> rotated.verify(sentBefore, NOW.plusSeconds(60)))
                .isInstanceOf(InvalidActionLinkException.class)
                .matches(e -> ((InvalidActionLinkException) e).expired());
    }

    @Test
    void anotherKeyGarbageAndExpiredLinksAreRefused() {
        EmailAction action = new EmailAction("ny", "commented", "kim-1", NOW.plusSeconds(60));
        String foreign = new ActionLinks("another-secret-that-is-also-32-chars-long!").sign(action);
        assertThatThrownBy(() -> links.verify(foreign, NOW)).isInstanceOf(InvalidActionLinkException.class)
                .matches(e -> !((InvalidActionLinkException) e).expired());
        for (String garbage : new String[] {"", ".", "abc", "a.b", "%%%.%%%", null}) {
            assertThatThrownBy(() -> links.verify(garbage, NOW)).isInstanceOf(InvalidActionLinkException.class);
        }
        String token = links.sign(action);
        assertThatThrownBy(() -> links.verify(token, NOW.plusSeconds(60)))
                .isInstanceOf(InvalidActionLinkException.class)
                .matches(e -> ((InvalidActionLinkException) e).expired())
                .hasMessageContaining("expired");
    }
}
