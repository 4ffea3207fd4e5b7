package io.mentorfeed.api.write;

/** Kafka did not acknowledge a write in time: the client should retry (with the same Idempotency-Key). */
public final class WriteFailedException extends RuntimeException {
    public WriteFailedException(String topic, Throwable cause) {
        super("Could not write to " + topic + " in time; retry shortly", cause);
    }
}
