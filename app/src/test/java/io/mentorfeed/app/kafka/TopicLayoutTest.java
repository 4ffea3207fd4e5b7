package io.mentorfeed.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Topics;
import org.junit.jupiter.api.Test;

class TopicLayoutTest {
    @Test
    void keyedTopicsTakeTheConfiguredCountAndKeepTheirCleanup() {
        var layout = new TopicLayout(12);
        assertThat(Topics.KEYED).allSatisfy(topic -> assertThat(layout.spec(topic).partitions()).isEqualTo(12));
        assertThat(layout.spec(Topics.MENTORS).compacted()).isTrue();
        assertThat(layout.spec(Topics.ENTRIES).retention()).isEqualTo(Topics.ENTRIES.spec().retention());
    }

    @Test
    void controlAndDeadLettersKeepTheirOwnCounts() {
        var layout = new TopicLayout(12);
        assertThat(layout.spec(Topics.CONTROL)).isEqualTo(Topics.CONTROL.spec());
        assertThat(layout.spec(Topics.DEAD_LETTERS)).isEqualTo(Topics.DEAD_LETTERS.spec());
    }

    @Test
    void everyTopicIsKeyedOrHasAReasonNotToBe() {
        assertThat(Topics.ALL).containsAll(Topics.KEYED);
        assertThat(Topics.ALL.stream().filter(t -> !Topics.KEYED.contains(t)))
                .containsExactlyInAnyOrder(Topics.CONTROL, Topics.DEAD_LETTERS);
    }
}
