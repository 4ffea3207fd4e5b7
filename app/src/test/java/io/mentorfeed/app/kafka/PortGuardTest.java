package io.mentorfeed.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortGuardTest {
    @Test
    void aListeningPortIsReportedByNumber() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> PortGuard.requireFree("127.0.0.1", port, "client"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("client port 127.0.0.1:" + port + " is already in use");
        }
    }

    @Test
    void aFreePortPasses() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        assertThatCode(() -> PortGuard.requireFree("127.0.0.1", port, "client")).doesNotThrowAnyException();
    }

    @Test
    void kafkasOwnBindFailureIsFoundInTheCauseChain() {
        Exception kafka = new RuntimeException("broker startup failed", new IllegalStateException(
                "Socket server failed to bind to 127.0.0.1:9092: Address already in use.",
                new BindException("Address already in use")));
        assertThat(PortGuard.bindFailure(kafka)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Socket server failed to bind to 127.0.0.1:9092: Address already in use. Another")
                .contains("kafka.bootstrap-servers"));
        assertThat(PortGuard.bindFailure(new RuntimeException("other", new IOException("disk full")))).isEmpty();
    }
}
