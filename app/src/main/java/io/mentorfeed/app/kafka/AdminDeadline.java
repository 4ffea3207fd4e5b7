package io.mentorfeed.app.kafka;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One time budget for a series of Admin calls: each call gets what is left, and a cluster that does not answer
 * gives one clear error instead of an Admin stack trace.
 */
final class AdminDeadline {
    private static final Logger log = LoggerFactory.getLogger(AdminDeadline.class);
    private static final long RETRY_BACKOFF_MS = 100;

    private final Duration timeout;
    private final long deadline;

    AdminDeadline(Duration timeout) {
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    int remainingMs() {
        long ms = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, ms));
    }

    /**
     * Repeats a read that failed with a retriable error: a topic just created is listed before every part of the
     * broker knows it, and describing it meanwhile says it does not exist.
     */
    <T> T retrying(Supplier<KafkaFuture<T>> call, String what) {
        while (true) {
            try {
                return await(call.get(), what);
            } catch (IllegalStateException e) {
                boolean retriable = e.getCause() instanceof RetriableException
                        && !(e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException);
                if (!retriable || remainingMs() <= RETRY_BACKOFF_MS) {
                    throw e;
                }
                log.debug("kafka not settled yet, retrying what=\"{}\" error=\"{}\"", what, e.getMessage());
                sleep(what);
            }
        }
    }

    private static void sleep(String what) {
        try {
            Thread.sleep(RETRY_BACKOFF_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        }
    }

    <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(remainingMs(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (TimeoutException | org.apache.kafka.common.errors.TimeoutException e) {
            throw timedOut(what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw timedOut(what, e.getCause());
            }
            throw new IllegalStateException("Kafka refused " + what + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private IllegalStateException timedOut(String what, Throwable cause) {
        return new IllegalStateException("Kafka did not answer within " + timeout.toSeconds() + " s while " + what
                + ": check that the cluster is up and that the bootstrap servers point at it", cause);
    }
}
