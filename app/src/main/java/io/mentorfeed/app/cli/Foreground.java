package io.mentorfeed.app.cli;

import io.mentorfeed.app.MentorfeedApp;
import java.util.concurrent.CountDownLatch;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a mentorfeed process in the foreground until Ctrl-C or SIGTERM, whose shutdown hook stops it in order. */
public final class Foreground {
    private static final Logger log = LoggerFactory.getLogger(Foreground.class);

    private Foreground() {}

    public static void run(Supplier<MentorfeedApp> starter, Function<MentorfeedApp, Optional<String>> readyHint)
            throws InterruptedException {
        var stopped = new CountDownLatch(1);
        MentorfeedApp app = starter.get();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping mentorfeed");
            app.close();
            stopped.countDown();
        }, "mentorfeed-shutdown"));
        readyHint.apply(app).ifPresent(hint -> log.info("ready: {}", hint));
        stopped.await();
    }
}
