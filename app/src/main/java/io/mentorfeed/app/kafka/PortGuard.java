package io.mentorfeed.app.kafka;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;

/**
 * Checks that the broker's ports are free before Kafka tries them: Kafka's own bind failure arrives wrapped in
 * several layers of startup exceptions, this one says which port and what to do.
 */
final class PortGuard {
    static final String ADVICE = "Another mentorfeed or Kafka may be running: stop it, point mentorfeed at it with"
            + " kafka.bootstrap-servers, or choose another port";

    private PortGuard() {}

    /**
     * Kafka's own report of a port taken between our check and its bind (another broker starting at the same
     * moment): the message of the exception that wraps the BindException, which names the address.
     */
    static Optional<String> bindFailure(Throwable failure) {
        for (Throwable e = failure; e != null && e.getCause() != e; e = e.getCause()) {
            if (e.getCause() instanceof BindException bind) {
                String where = e.getMessage() != null ? e.getMessage() : bind.getMessage();
                return Optional.of(where.replaceAll("\\.$", "") + ". " + ADVICE);
            }
            if (e instanceof BindException bind) {
                return Optional.of(bind.getMessage() + ". " + ADVICE);
            }
        }
        return Optional.empty();
    }

    static void requireFree(String host, int port, String role) {
        try (ServerSocket socket = new ServerSocket()) {
            // As Kafka's acceptor gets by the JDK default on Unix: a port left in TIME_WAIT by a previous run is free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded Kafka broker: its " + role + " port "
                    + host + ":" + port + " is already in use (" + e.getMessage() + "). " + ADVICE);
        }
    }
}
