package io.mentorfeed.api;

/**
 * A request the domain refuses, with a detail safe to show the client (which field, why). The HTTP layer turns the
 * kind into a status; the domain code stays free of the web framework.
 */
public final class Rejection extends RuntimeException {
    public enum Kind {
        INVALID(400), NOT_FOUND(404), CONFLICT(409), UNPROCESSABLE(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public Rejection(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public static Rejection invalid(String detail) {
        return new Rejection(Kind.INVALID, detail);
    }

    public static Rejection notFound(String detail) {
        return new Rejection(Kind.NOT_FOUND, detail);
    }

    public Kind kind() {
        return kind;
    }
}
