package io.mentorfeed.app;

import java.util.Locale;

/** The services one mentorfeed process can run; a single machine runs all three. */
public enum ServiceName {
    PROCESSOR, INGEST, API;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
