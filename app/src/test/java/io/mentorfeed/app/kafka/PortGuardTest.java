package io.mentorfeed.app.kafka;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
}
