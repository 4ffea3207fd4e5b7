package io.mentorfeed.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;

/** JUnit 5 extension behind {@link WithKafka}: one cluster per test class, closed with the class's store. */
public final class KafkaClusterExtension implements ParameterResolver {
    /** System property choosing the cluster: "in-process" (default) or "testcontainers". */
    public static final String KIND_PROPERTY = "mentorfeed.test.kafka";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaClusterExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent("cluster", key -> new ClosingCluster(startCluster()), ClosingCluster.class)
                .cluster();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    static KafkaCluster startCluster() {
        String kind = System.getProperty(KIND_PROPERTY, "in-process");
        if (kind.equals("testcontainers")) {
            if (dockerAvailable()) {
                return ContainerKafkaCluster.start();
            }
            System.err.println("testkit: " + KIND_PROPERTY + "=testcontainers but no Docker engine answers;"
                    + " using the in-process KRaft cluster instead");
        } else if (!kind.equals("in-process")) {
            throw new IllegalArgumentException(KIND_PROPERTY + " must be 'in-process' or 'testcontainers', not '" + kind + "'");
        }
        return InProcessKafkaCluster.start();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Store values that are AutoCloseable are closed by JUnit when the class's context ends. */
    private record ClosingCluster(KafkaCluster cluster) implements AutoCloseable {
        @Override
        public void close() {
            cluster.close();
        }
    }
}
