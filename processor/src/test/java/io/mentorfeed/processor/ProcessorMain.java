package io.mentorfeed.processor;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A processor alone in its own JVM, for the crash test: {@code ProcessorMain <bootstrap> <stateDir>}. It runs until
 * it is killed; nothing closes it cleanly.
 */
public final class ProcessorMain {
    private ProcessorMain() {}

    public static void main(String[] args) throws InterruptedException {
        var config = ProcessorConfig.defaults().withStateDir(Path.of(args[1]));
        var service = new ProcessorService(config, ProcessorCrashIT.fastFailover(args[0]));
        service.start();
        new CountDownLatch(1).await();
    }
}
