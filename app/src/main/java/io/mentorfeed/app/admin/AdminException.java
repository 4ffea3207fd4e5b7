package io.mentorfeed.app.admin;

/**
 * A request the admin commands refuse (unknown mentor, running processor, bad file): the message is the one line
 * the command line prints, so it says what is wrong and, where it can, what to do instead.
 */
public final class AdminException extends RuntimeException {
    public AdminException(String message) {
        super(message);
    }

    public AdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
