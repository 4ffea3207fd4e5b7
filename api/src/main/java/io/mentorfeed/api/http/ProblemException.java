package io.mentorfeed.api.http;

/** Thrown by a handler to answer with a problem: the detail is shown to the client, so it must be safe to show. */
public final class ProblemException extends RuntimeException {
    private final int status;

    public ProblemException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, detail);
    }

    public int status() {
        return status;
    }
}
