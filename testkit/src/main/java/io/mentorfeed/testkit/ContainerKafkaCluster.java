package io.mentorfeed.testkit;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka in a container (the apache/kafka image, KRaft), for runs that ask for it where Docker is available. */
final class ContainerKafkaCluster implements KafkaCluster {
    static final String IMAGE = "apache/kafka:4.3.1";

    private final KafkaContainer container;

    private ContainerKafkaCluster(KafkaContainer container) {
        this.container = container;
    }

    static ContainerKafkaCluster start() {
        var container = new KafkaContainer(IMAGE);
        container.start();
        return new ContainerKafkaCluster(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String description() {
        return "Testcontainers " + IMAGE;
    }

    @Override
    public void close() {
        container.stop();
    }
}
