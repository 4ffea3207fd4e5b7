package io.mentorfeed.api.email;

/** A link that was altered, is not one of ours, or has expired: refused, and nothing is recorded. */
public final class InvalidActionLinkException extends RuntimeException {
    private final boolean expired;

    InvalidActionLinkException(String message, boolean expired) {
        super(message);
        this.expired = expired;
    }

    public boolean expired() {
        return expired;
    }
}
