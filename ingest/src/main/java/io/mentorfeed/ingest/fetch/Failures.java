package io.mentorfeed.ingest.fetch;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/** Classifies what went wrong in a fetch into the stable error classes of {@link FetchResult.Failed}. */
final class Failures {
    private Failures() {}

    /** The first telling cause of an exchange failure: a timeout, a refused connection, a body too large, else io. */
    static FetchResult classify(URI url, Throwable error, long started) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String errorClass = errorClassOf(cause);
            if (!errorClass.equals("io") || cause.getCause() == null) {
                String reason = cause instanceof ConnectException && cause.getMessage() == null
                        ? "cannot connect to " + url.getAuthority() + " (refused or unreachable)" : oneLine(cause);
                return failed(url, errorClass, reason, started);
            }
        }
        return failed(url, "io", "unknown failure", started);
    }

    static String errorClassOf(Throwable error) {
        if (error instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (error instanceof ConnectException || error instanceof UnresolvedAddressException) {
            return "connect";
        }
        if (error instanceof BodyTooLargeException) {
            return "too-large";
        }
        return "io";
    }

    static FetchResult.Failed failed(URI url, String errorClass, String reason, long started) {
        return new FetchResult.Failed(url, 0, errorClass, reason, since(started));
    }

    static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
