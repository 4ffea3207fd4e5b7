package io.mentorfeed.api.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.model.ControlCommand;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The rebuild: a fresh view filled behind the served one, swapped in whole once it reached its goal. */
class MaterializerTest {
    private static final TopicPartition MENTORS = new TopicPartition(Topics.MENTORS.name(), 0);
    private static final ControlCommand REBUILD = ControlCommand.rebuildReadModel(Instant.EPOCH, "test");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Materializer materializer = new Materializer(registry);
    private final ReadModelView served = materializer.view();

    @Test
    void theOldViewIsServedUntilTheFreshOneReachedItsGoalThenSwappedInWhole() {
        materializer.apply(mentor(0, "kim", "Kim"));
        materializer.apply(mentor(1, "bo", "Bo"));
        materializer.apply(mentor(2, "kim", "Kim Lee"));

        materializer.startRebuild(REBUILD, new CatchUp(Map.of(MENTORS, 3L)));
        materializer.apply(mentor(0, "kim", "Kim"));
        materializer.apply(mentor(1, "bo", "Bo"));

        assertThat(materializer.rebuilding()).isTrue();
        assertThat(materializer.finishRebuildIfCaughtUp(p -> 2)).isFalse();
        assertThat(served.mentor("kim")).map(Mentor::name).hasValue("Kim Lee"); // not the half-read "Kim"
        assertThat(rebuilds()).isZero();

        materializer.apply(mentor(2, "kim", "Kim Lee"));
        assertThat(materializer.finishRebuildIfCaughtUp(p -> 3)).isTrue();

        assertThat(materializer.rebuilding()).isFalse();
        assertThat(rebuilds()).isEqualTo(1);
        assertThat(served.mentors()).extracting(Mentor::id).containsExactlyInAnyOrder("kim", "bo");
        assertThat(served.mentor("kim")).map(Mentor::name).hasValue("Kim Lee");
    }

    @Test
    void theSwappedInViewHoldsOnlyWhatIsOnTheTopicsNow() {
        materializer.apply(mentor(0, "ghost", "Once there")); // since compacted away, say
        materializer.startRebuild(REBUILD, new CatchUp(Map.of(MENTORS, 2L)));
        materializer.apply(mentor(1, "kim", "Kim"));
        materializer.finishRebuildIfCaughtUp(p -> 2);

        assertThat(served.mentor("ghost")).isEmpty();
        assertThat(served.mentor("kim")).isPresent();
    }

    @Test
    void recordsAfterTheSwapGoToTheServedView() {
        materializer.startRebuild(REBUILD, new CatchUp(Map.of(MENTORS, 0L)));
        assertThat(materializer.finishRebuildIfCaughtUp(p -> 0)).isTrue();

        materializer.apply(mentor(0, "kim", "Kim"));

        assertThat(served.mentor("kim")).isPresent();
        assertThat(materializer.finishRebuildIfCaughtUp(p -> 1)).isFalse();
    }

    @Test
    void oneRebuildAtATime() {
        materializer.startRebuild(REBUILD, new CatchUp(Map.of(MENTORS, 5L)));
        assertThatThrownBy(() -> materializer.startRebuild(REBUILD, new CatchUp(Map.of())))
                .isInstanceOf(IllegalStateException.class);
    }

    private double rebuilds() {
        return registry.get(Materializer.REBUILDS).counter().count();
    }

    private static ConsumerRecord<byte[], byte[]> mentor(long offset, String id, String name) {
        Mentor mentor = new Mentor(id, name, "https://" + id + ".example.org/feed", SourceKind.BLOG);
        return new ConsumerRecord<>(MENTORS.topic(), MENTORS.partition(), offset, id.getBytes(StandardCharsets.UTF_8),
                Topics.MENTORS.valueSerde().serializer().serialize(MENTORS.topic(), mentor));
    }
}
