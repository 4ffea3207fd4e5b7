package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KeyedSnapshotTest {
    private static final String TOPIC = Topics.MENTORS.name();
    private static final Mentor KIM = new Mentor("kim", "Kim", "https://kim.example.org/feed.xml", SourceKind.BLOG);
    private static final Mentor BO = new Mentor("bo", "Bo", "https://bo.example.org/feed.xml", SourceKind.BLOG);

    @Test
    void aKeyWhoseLatestRecordIsUnreadableIsLeftOutAndNamedByPositionAndReason() {
        KeyedSnapshot<Mentor> snapshot = KeyedSnapshot.of(Topics.MENTORS, List.of(
                record(0, 0, "kim", json(KIM)),
                record(2, 7, "ana", "not json\nsecond line".getBytes(StandardCharsets.UTF_8)),
                record(1, 3, "bo", "garbage".getBytes(StandardCharsets.UTF_8)),
                record(1, 4, "bo", json(BO)),                                   // replaced: nothing is missing
                record(1, 5, "zed", "garbage".getBytes(StandardCharsets.UTF_8)),
                record(1, 6, "zed", null)));                                     // removed anyway

        assertThat(snapshot.values()).containsOnlyKeys("bo", "kim");
        assertThat(snapshot.unreadable()).singleElement().satisfies(skipped -> {
            assertThat(skipped.warning()).startsWith("skipped unreadable record mentorfeed.mentors-2@7:"
                    + " not a valid Mentor (").doesNotContain("\n", "second line");
            assertThat(skipped.reason()).endsWith(": not json");
        });
    }

    @Test
    void anExportSaysHowManyRecordsItLeftOut() {
        assertThat(ExportCommand.leftOut(1)).isEqualTo("warning: 1 unreadable record was left out of the export");
        assertThat(ExportCommand.leftOut(3)).isEqualTo("warning: 3 unreadable records were left out of the export");
    }

    private static byte[] json(Mentor mentor) {
        return Topics.MENTORS.valueSerde().serializer().serialize(TOPIC, mentor);
    }

    private static ConsumerRecord<byte[], byte[]> record(int partition, long offset, String key, byte[] value) {
        return new ConsumerRecord<>(TOPIC, partition, offset, key.getBytes(StandardCharsets.UTF_8), value);
    }
}
