package io.mentorfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

class IngestServiceTest {
    @Test
    void aStartThatKafkaRefusesLeavesNothingRunningAndStopsWithoutAnError() {
        // A consumer setting the consumers refuse: start() fails after the fetcher, producer and scheduler exist.
        var service = new IngestService(IngestConfig.defaults(),
                Map.of("bootstrap.servers", "127.0.0.1:9", "max.poll.records", 0));

        assertThatThrownBy(service::start).isInstanceOf(KafkaException.class);

        assertThatCode(service::stop).as("what the app does with a service that failed to start")
                .doesNotThrowAnyException();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .as("the producer's thread is gone").doesNotContain("ingest-commit");
        assertThat(service.isLive()).isTrue();
    }
}
