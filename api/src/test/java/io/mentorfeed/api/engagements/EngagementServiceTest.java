package io.mentorfeed.api.engagements;

import static io.mentorfeed.api.digest.DigestFixtures.profile;
import static io.mentorfeed.api.digest.DigestFixtures.put;
import static io.mentorfeed.api.digest.DigestFixtures.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.ViewWriter;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EngagementServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");
    private final MaterializedView view = new MaterializedView();
    private final ViewWriter writer = new ViewWriter(view);

    @BeforeEach
    void fill() {
        view.putProfile("ada", profile("ada", "UTC"));
        put(view, rec("ada", "p1", "kim", Action.RESPOND_NOW, NOW.minus(Duration.ofHours(1)), 0.8));
    }

    @Test
    void aRetryWithTheSameKeyOnAnotherInstanceGetsTheSameAnswerAndWritesNothing() {
        EngagementService first = new EngagementService(view, writer);
        EngagementService second = new EngagementService(view, writer);

        RecordedEngagement created = first.record("ada", new EngagementRequest("p1", "commented", null), "k-1", NOW);
        RecordedEngagement replayed = second.record("ada", new EngagementRequest("p1", "commented", null), "k-1",
                NOW.plusSeconds(5));

        assertThat(created.created()).isTrue();
        assertThat(created.engagement().mentorId()).isEqualTo("kim");
        assertThat(replayed.created()).isFalse();
        assertThat(replayed.engagement()).isEqualTo(created.engagement());
        assertThat(writer.written).hasSize(1);
        assertThat(EngagementService.idFor("ada", "k-1")).isEqualTo(created.engagement().id());
    }

    @Test
    void theSameKeyForAnotherActionIs422() {
        EngagementService service = new EngagementService(view, writer);
        service.record("ada", new EngagementRequest("p1", "read", null), "k-2", NOW);
        assertThatThrownBy(() -> service.record("ada", new EngagementRequest("p1", "skipped", null), "k-2", NOW))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE));
    }

    @Test
    void validatesKindUntilPostAndKey() {
        EngagementService service = new EngagementService(view, writer);
        assertInvalid(() -> service.record("ada", new EngagementRequest("p1", "liked", null), null, NOW), "'kind'");
        assertInvalid(() -> service.record("ada", new EngagementRequest("p1", "snoozed", null), null, NOW), "'until'");
        assertInvalid(() -> service.record("ada", new EngagementRequest("p1", "snoozed", NOW.minusSeconds(1)), null,
                NOW), "'until'");
        assertInvalid(() -> service.record("ada", new EngagementRequest("p1", "read", NOW.plusSeconds(60)), null,
                NOW), "'until'");
        assertInvalid(() -> service.record("ada", new EngagementRequest("nope", "read", null), null, NOW), "'postId'");
        assertInvalid(() -> service.record("ada", new EngagementRequest("p1", "read", null), "bad key", NOW),
                "Idempotency-Key");
        Engagement snooze = service.record("ada", new EngagementRequest("p1", "snoozed", NOW.plusSeconds(3600)), null,
                NOW).engagement();
        assertThat(snooze.until()).isEqualTo(NOW.plusSeconds(3600));
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String mentions) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.INVALID)).hasMessageContaining(mentions);
    }
}
