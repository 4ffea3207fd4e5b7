package io.mentorfeed.reliability;

import io.mentorfeed.app.MentorfeedCli;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One service process as an operator runs it, {@code mentorfeed ingest|processor --config FILE}, in a child JVM.
 * Restarted on the same state dir, as on a machine whose process died; healthy when its ops port says ready.
 */
final class ServiceInstance implements FaultTarget {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String command;
    private final String name;
    private final Path config;
    private final Path dir;
    private ChildJvm jvm;
    private int opsPort;

    ServiceInstance(String command, int number, Path config, Path dir) {
        this.command = command;
        this.name = command + "-" + number;
        this.config = config;
        this.dir = dir;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void restart() {
        opsPort = FreePort.next();
        Map<String, String> env = new HashMap<>();
        env.put("MENTORFEED_OPS_PORT", Integer.toString(opsPort));
        env.put("MENTORFEED_PROCESSOR_STATE_DIR", dir.resolve(name + "-state").toString());
        // The processor's text analysis wants the optimizing compiler; ingest starts faster without it.
        List<String> jvmOptions = command.equals("processor")
                ? List.of("-Xmx384m", "-XX:+UseSerialGC")
                : List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        jvm = ChildJvm.start(name, jvmOptions, MentorfeedCli.class, List.of(command, "--config", config.toString()),
                env, dir.resolve(name + ".log"));
    }

    @Override
    public void kill() {
        jvm.kill();
    }

    @Override
    public boolean isHealthy() {
        if (jvm == null || !jvm.isAlive()) {
            return false;
        }
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop() {
        if (jvm != null && jvm.isAlive()) {
            jvm.kill();
        }
    }
}
