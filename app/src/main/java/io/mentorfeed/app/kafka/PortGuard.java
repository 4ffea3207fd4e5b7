package io.mentorfeed.app.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks that the broker's ports are free before Kafka tries them: Kafka's own bind failure arrives wrapped in
 * several layers of startup exceptions, this one says which port and what to do.
 */
final class PortGuard {
    private PortGuard() {}

    static void requireFree(String host, int port, String role) {
        try (ServerSocket socket = new ServerSocket()) {
            // As Kafka's acceptor gets by the JDK default on Unix: a port left in TIME_WAIT by a previous run is free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded Kafka broker: its " + role + " port "
                    + host + ":" + port + " is already in use (" + e.getMessage() + "). Another mentorfeed or Kafka"
                    + " may be running: stop it, point mentorfeed at it with kafka.bootstrap-servers, or choose"
                    + " another port");
        }
    }
}
