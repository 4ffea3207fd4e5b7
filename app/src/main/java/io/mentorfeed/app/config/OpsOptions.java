package io.mentorfeed.app.config;

/**
 * Where a process serves /metrics and /health: {@code ops.host} and {@code ops.port}. With no port set, each command
 * has its own default, so the three services of one machine never collide: start and demo 9400, ingest 9401,
 * processor 9402, api 9403. Port 0 takes any free port.
 */
public record OpsOptions(String host, Integer port) {
    public OpsOptions {
        host = host == null || host.isBlank() ? "127.0.0.1" : host.strip();
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("ops.port must be between 0 and 65535, not " + port);
        }
    }

    public static OpsOptions defaults() {
        return new OpsOptions("127.0.0.1", null);
    }

    /** The configured port, else the command's own default. */
    public int portOr(int commandDefault) {
        return port == null ? commandDefault : port;
    }
}
