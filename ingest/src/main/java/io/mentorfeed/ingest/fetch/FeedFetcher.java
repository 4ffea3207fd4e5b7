package io.mentorfeed.ingest.fetch;

import io.mentorfeed.ingest.IngestConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches feeds over HTTP with one shared, pooled client: conditional GET, gzip with a bounded decompressed
 * size, redirects followed (same rules as a browser), a connect timeout and a deadline on the whole exchange.
 * Never throws for network or server trouble: every failure comes back as a classified {@link FetchResult.Failed}.
 */
public final class FeedFetcher implements AutoCloseable {
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
            + "application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final long maxBodyBytes;
    private final String userAgent;

    public FeedFetcher(IngestConfig config) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = config.requestTimeout();
        this.maxBodyBytes = config.maxBodyBytes();
        this.userAgent = config.userAgent();
    }

    /** Fetches a URL as a mentor record gives it; a string that is no URL is a "bad-url" failure. */
    public FetchResult fetch(String url, Validators previous) {
        try {
            return fetch(new URI(url == null ? "" : url.strip()), previous);
        } catch (URISyntaxException e) {
            return new FetchResult.Failed(null, 0, "bad-url", "not a valid URL: " + e.getMessage(), Duration.ZERO);
        }
    }

    public FetchResult fetch(URI url, Validators previous) {
        long started = System.nanoTime();
        HttpRequest request;
        try {
            request = request(url, previous == null ? Validators.none() : previous);
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed(url, 0, "bad-url", "not a fetchable http(s) URL: " + e.getMessage(),
                    since(started));
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, this::bodyFor);
        try {
            HttpResponse<byte[]> response = exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return toResult(url, response, since(started));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return failed(url, "timeout", "no complete response within " + requestTimeout, started);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return failed(url, "io", "interrupted", started);
        } catch (ExecutionException e) {
            return classify(url, e.getCause(), started);
        }
    }

    private HttpRequest request(URI url, Validators previous) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme '" + url.getScheme() + "'");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip")
                .GET();
        if (previous.etag() != null) {
            builder.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            builder.header("If-Modified-Since", previous.lastModified());
        }
        return builder.build();
    }

    /** Only a 200 body is worth reading; other bodies are discarded unread. */
    private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new LimitedBodySubscriber(maxBodyBytes, declared);
    }

    private FetchResult toResult(URI url, HttpResponse<byte[]> response, Duration duration) {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchResult.NotModified(url, duration);
        }
        if (status != 200) {
            return new FetchResult.Failed(url, status, "http-" + status / 100 + "xx", "HTTP " + status, duration);
        }
        var headers = response.headers();
        byte[] body;
        try {
            body = BodyDecoder.decode(response.body(), headers.firstValue("Content-Encoding").orElse(null),
                    maxBodyBytes);
        } catch (IOException e) {
            return new FetchResult.Failed(url, status, errorClassOf(e), oneLine(e), duration);
        }
        var validators = new Validators(headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null));
        return new FetchResult.Fetched(url, response.uri(), status, body,
                headers.firstValue("Content-Type").orElse(null), validators, duration);
    }

    private static FetchResult classify(URI url, Throwable error, long started) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String errorClass = errorClassOf(cause);
            if (!errorClass.equals("io") || cause.getCause() == null) {
                String reason = cause instanceof ConnectException && cause.getMessage() == null
                        ? "cannot connect to " + url.getAuthority() + " (refused or unreachable)" : oneLine(cause);
                return failed(url, errorClass, reason, started);
            }
        }
        return failed(url, "io", "unknown failure", started);
    }

    private static String errorClassOf(Throwable error) {
        if (error instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (error instanceof ConnectException || error instanceof UnresolvedAddressException) {
            return "connect";
        }
        if (error instanceof BodyTooLargeException) {
            return "too-large";
        }
        return "io";
    }

    private static FetchResult.Failed failed(URI url, String errorClass, String reason, long started) {
        return new FetchResult.Failed(url, 0, errorClass, reason, since(started));
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
