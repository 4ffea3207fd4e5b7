package io.mentorfeed.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A main class run in a JVM of its own on this test's class path, its output appended to a log file. Only a
 * separate process can be stopped the way a machine loses a process: {@link #kill()} is SIGKILL, no shutdown hook,
 * no flush, no goodbye to the group coordinator.
 */
final class ChildJvm {
    /** Children still running when the test JVM exits (a failed or interrupted build) are killed with it. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "child-jvm-reaper"));
    }

    private final String name;
    private final Process process;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /**
     * @param jvmOptions heap and GC settings: eight JVMs share two cores in this suite, so each is kept small
     */
    static ChildJvm start(String name, List<String> jvmOptions, Class<?> mainClass, List<String> args,
                          Map<String, String> env, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The developer's own MENTORFEED_* settings would override the run's file (another cluster, say).
        builder.environment().keySet().removeIf(key -> key.startsWith("MENTORFEED_"));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            RUNNING.add(process);
            return new ChildJvm(name, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits until the process is gone (its ports and file locks released). */
    void kill() {
        process.destroyForcibly();
        RUNNING.remove(process);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " still runs 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }
}
