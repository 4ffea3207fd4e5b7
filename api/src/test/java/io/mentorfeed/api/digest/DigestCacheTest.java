package io.mentorfeed.api.digest;

import static io.mentorfeed.api.digest.DigestFixtures.mentor;
import static io.mentorfeed.api.digest.DigestFixtures.profile;
import static io.mentorfeed.api.digest.DigestFixtures.put;
import static io.mentorfeed.api.digest.DigestFixtures.rec;
import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A digest is built again only when what it shows changed; the cache stays within its bound. */
class DigestCacheTest {
    private static final Instant MORNING = Instant.parse("2025-03-12T09:00:00Z");

    private final MaterializedView view = new MaterializedView();
    private final DigestService service = new DigestService(view, 3, 10, 2);

    @BeforeEach
    void fill() {
        view.putProfile("ada", profile("ada", "UTC"));
        view.putMentor("kim", mentor("kim", "Kim Lee"));
        put(view, rec("ada", "now-1", "kim", Action.RESPOND_NOW, MORNING.minus(Duration.ofHours(2)), 0.9));
    }

    @Test
    void unchangedItIsTheDigestBuiltFirstAndAChangeBuildsItAgain() {
        Digest first = service.digest("ada", null, MORNING);

        assertThat(service.digest("ada", null, MORNING.plusSeconds(60))).isSameAs(first);

        put(view, rec("ada", "now-2", "bo", Action.RESPOND_NOW, MORNING.minus(Duration.ofHours(1)), 0.8));
        Digest second = service.digest("ada", null, MORNING.plusSeconds(120));
        assertThat(second).isNotSameAs(first);
        assertThat(second.generatedAt()).isEqualTo(MORNING.plusSeconds(120));
        assertThat(second.respondNow()).hasSize(2);

        view.addEngagement("ada", new Engagement("e1", "ada", "now-2", "bo", Engagement.Kind.READ, MORNING, null));
        assertThat(service.digest("ada", null, MORNING.plusSeconds(180))).isNotSameAs(second);
    }

    @Test
    void theNextDayAndAnotherDateAreOtherDigests() {
        Digest today = service.digest("ada", null, MORNING);

        assertThat(service.digest("ada", null, MORNING.plus(Duration.ofDays(1)))).isNotSameAs(today)
                .extracting(Digest::date).isEqualTo(LocalDate.parse("2025-03-13"));
        assertThat(service.digest("ada", LocalDate.parse("2025-03-12"), MORNING)).isNotSameAs(today);
    }

    @Test
    void itKeepsNoMoreThanItsCapacity() {
        DigestCache cache = new DigestCache(2);
        for (int i = 0; i < 10; i++) {
            cache.get("profile-" + i, "v", () -> service.digest("ada", null, MORNING));
        }

        assertThat(cache.size()).isEqualTo(2);
    }
}
