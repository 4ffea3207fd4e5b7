package io.mentorfeed.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class one real Kafka cluster, shared by its tests and stopped after them; inject it as a
 * {@link KafkaCluster} parameter. In-process KRaft by default; {@code -Dmentorfeed.test.kafka=testcontainers}
 * asks for a container, used when Docker is available. Tags the class as an integration test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KafkaClusterExtension.class)
@Tag("integration")
public @interface WithKafka {
}
