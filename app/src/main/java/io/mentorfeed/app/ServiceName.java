package io.mentorfeed.app;

import java.util.Locale;

/** The services one mentorfeed process can run; a single machine runs all three. */
public enum ServiceName {
    PROCESSOR(9402), INGEST(9401), API(9403);

    /** The ops port of a process running every service ({@code start}, {@code demo}). */
    public static final int ALL_IN_ONE_OPS_PORT = 9400;

    private final int defaultOpsPort;

    ServiceName(int defaultOpsPort) {
        this.defaultOpsPort = defaultOpsPort;
    }

    /** The ops port of a process running this service alone, so the three of one machine never collide. */
    public int defaultOpsPort() {
        return defaultOpsPort;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
