package io.mentorfeed.api;

import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.api.http.ApiServer;
import io.mentorfeed.api.view.ReadModel;
import java.util.Map;
import java.util.Objects;

/**
 * The API as a service: the read model that follows Kafka, and the HTTP server that answers from it. The server
 * starts at once and answers 503 on readiness and digests until the read model has caught up.
 */
public final class ApiService implements AutoCloseable {
    private final ReadModel readModel;
    private final ApiServer server;
    private boolean started;

    /** @param kafkaProperties bootstrap.servers and security settings; copied, never changed */
    public ApiService(ApiConfig config, Map<String, Object> kafkaProperties) {
        Objects.requireNonNull(config, "config");
        this.readModel = new ReadModel(Map.copyOf(kafkaProperties), config.readModelTimeout());
        DigestService digests = new DigestService(readModel.view(), config.maxRespondNow(), config.maxWorthReading());
        this.server = new ApiServer(config, digests, readModel::isCaughtUp);
    }

    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("api service already started");
        }
        started = true;
        readModel.start();
        try {
            server.start();
        } catch (RuntimeException e) {
            readModel.stop();
            throw e;
        }
    }

    /** The port the server is bound to; valid after {@link #start()}. */
    public int port() {
        return server.port();
    }

    public boolean isReady() {
        return readModel.isCaughtUp();
    }

    /** Stops the server first, so no request reads a view being torn down, then the read model; idempotent. */
    public synchronized void stop() {
        server.stop();
        readModel.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
