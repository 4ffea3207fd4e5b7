package io.mentorfeed.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.processor.metrics.ProcessorMetrics;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessorServiceTest {
    @Test
    void streamsRunExactlyOnceWithTheDeadLetterTopicAndBrokerDefaultReplication() {
        var props = ProcessorService.streamsProperties(ProcessorConfig.defaults(),
                Map.of("bootstrap.servers", "kafka:9092"));

        assertThat(props).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "mentorfeed-processor")
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "mentorfeed.dead-letters")
                .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        SerdeFailureHandler.class.getName())
                .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                        RuleFailureHandler.class.getName())
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100L)
                .containsEntry("bootstrap.servers", "kafka:9092");
        new StreamsConfig(props); // Kafka accepts every value
    }

    @Test
    void theExceptionHandlersFindTheServicesMetersInTheStreamsConfig() {
        var metrics = ProcessorMetrics.unobserved();
        var props = ProcessorService.streamsProperties(ProcessorConfig.defaults(),
                Map.of("bootstrap.servers", "kafka:9092"), metrics);

        assertThat(props).containsEntry(ProcessorMetrics.CONFIG_KEY, metrics);
    }

    @Test
    void theGlobalThreadHandlerOptionReachesThePartitionAssignorsCopyOfTheConfigToo() {
        var props = ProcessorService.streamsProperties(ProcessorConfig.defaults(),
                Map.of("bootstrap.servers", "kafka:9092"));
        assertThat(props).containsEntry("processing.exception.handler.global.enabled", true)
                .containsEntry("main.consumer.processing.exception.handler.global.enabled", true);
    }

    @Test
    void aReplicationFactorFromTheAppIsKept() {
        var props = ProcessorService.streamsProperties(ProcessorConfig.defaults(),
                Map.of("bootstrap.servers", "kafka:9092", "replication.factor", 3));

        assertThat(props).containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3);
    }

    @Test
    void needsBootstrapServersAndStopsBeforeStartQuietly() {
        assertThatThrownBy(() -> new ProcessorService(ProcessorConfig.defaults(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bootstrap.servers");
        var service = new ProcessorService(ProcessorConfig.defaults(), Map.of("bootstrap.servers", "kafka:9092"));
        assertThat(service.isLive()).as("not started yet is not a failure").isTrue();
        service.stop();
        service.close();
        assertThat(service.isReady()).isFalse();
        assertThat(service.isLive()).isFalse();
        assertThatThrownBy(service::start).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = KafkaStreams.State.class, names = {"CREATED", "REBALANCING", "RUNNING"})
    void liveWhileStreamsRunsOrRebalances(KafkaStreams.State state) {
        assertThat(ProcessorService.isLive(state, false)).isTrue();
        assertThat(ProcessorService.isLive(state, true)).as("stopped on purpose").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = KafkaStreams.State.class, names = {"PENDING_ERROR", "ERROR", "PENDING_SHUTDOWN",
            "NOT_RUNNING"})
    void deadOnceStreamsFailedOrShutItselfDown(KafkaStreams.State state) {
        assertThat(ProcessorService.isLive(state, false)).isFalse();
    }
}
