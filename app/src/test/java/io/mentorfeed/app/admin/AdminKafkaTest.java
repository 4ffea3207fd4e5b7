package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminKafkaTest {
    private static final String REFUSED = "cannot set up a Kafka client for kafka-without-port:"
            + " Invalid url in bootstrap.servers: kafka-without-port";

    @Test
    void aBootstrapAddressKafkaRefusesIsOneLineWithKafkasReasonNotFailedToConstruct() {
        try (AdminKafka kafka = new AdminKafka(Map.of("bootstrap.servers", "kafka-without-port"), Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> kafka.readAll("mentorfeed.mentors"))
                    .isInstanceOf(AdminException.class).hasMessage(REFUSED);
            assertThatThrownBy(() -> kafka.partitions("mentorfeed.mentors"))
                    .isInstanceOf(AdminException.class).hasMessage(REFUSED);
        }
    }
}
