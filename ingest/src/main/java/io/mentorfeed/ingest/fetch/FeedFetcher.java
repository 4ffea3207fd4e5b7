package io.mentorfeed.ingest.fetch;

import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.ingest.IngestMetrics;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches feeds over HTTP with one shared, pooled client: conditional GET, gzip with a bounded decompressed
 * size, a connect timeout and a deadline on the whole exchange, at most maxConcurrentPerHost requests per host.
 * Redirects are followed here, not by the client, so that each hop is checked (scheme, private addresses) and a
 * loop ends after maxRedirects. Never throws for network or server trouble: every failure comes back as a
 * classified {@link FetchResult.Failed}, with the server's Retry-After on a 429 or 503.
 */
public final class FeedFetcher implements AutoCloseable {
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
            + "application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    static final String ACCEPT_PAGE = "text/html, application/xhtml+xml, */*;q=0.5";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final long maxBodyBytes;
    private final String userAgent;
    private final int maxRedirects;
    private final AddressGuard guard;
    private final HostLimiter hosts;
    private final IngestMetrics metrics;
    private final Clock clock;

    /** A fetcher whose metrics nobody reads (the parse command). */
    public FeedFetcher(IngestConfig config) {
        this(config, IngestMetrics.discarding());
    }

    public FeedFetcher(IngestConfig config, IngestMetrics metrics) {
        this(config, metrics, new AddressGuard(config.allowPrivateAddresses()));
    }

    FeedFetcher(IngestConfig config, IngestMetrics metrics, AddressGuard guard) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = config.requestTimeout();
        this.maxBodyBytes = config.maxBodyBytes();
        this.userAgent = config.userAgent();
        this.maxRedirects = config.maxRedirects();
        this.guard = guard;
        this.metrics = metrics;
        this.hosts = new HostLimiter(config.maxConcurrentPerHost(), metrics);
        this.clock = Clock.systemUTC();
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
        return fetch(url, previous, new Ask(ACCEPT, maxBodyBytes));
    }

    /**
     * Fetches a web page (a post's article) like a feed: same checks, politeness and deadline, HTML asked for, and
     * its body capped at {@code maxBytes} (at most the feeds' own cap).
     */
    public FetchResult fetchPage(URI url, Validators previous, long maxBytes) {
        return fetch(url, previous, new Ask(ACCEPT_PAGE, Math.min(maxBytes, maxBodyBytes)));
    }

    /** What a request asks for: its Accept header, and how many body bytes it takes at most. */
    private record Ask(String accept, long maxBytes) {}

    private FetchResult fetch(URI url, Validators previous, Ask ask) {
        long started = System.nanoTime();
        long deadline = started + requestTimeout.toNanos();
        Validators validators = previous == null ? Validators.none() : previous;
        URI current = url;
        for (int hop = 0; ; hop++) {
            FetchResult.Failed refused = refused(url, current, started);
            if (refused != null) {
                return refused;
            }
            Hop answer = exchange(url, current, validators, ask, started, deadline);
            if (answer.result() != null) {
                return answer.result();
            }
            if (hop >= maxRedirects) {
                return Failures.failed(url, "redirects",
                        "more than " + maxRedirects + " redirects, last to " + current, started);
            }
            current = answer.redirect();
        }
    }

    /** One request: either a final result, or where the server redirects to. */
    private record Hop(FetchResult result, URI redirect) {}

    private Hop exchange(URI original, URI target, Validators validators, Ask ask, long started, long deadline) {
        HttpRequest request;
        try {
            request = request(target, validators, ask.accept());
        } catch (IllegalArgumentException e) {
            return failedHop(original, "bad-url", "not a fetchable http(s) URL: " + e.getMessage(), started);
        }
        String host = target.getHost();
        try {
            if (!hosts.acquire(host, remainingMillis(deadline))) {
                return failedHop(original, "host-busy", "no free slot for " + host + " within "
                        + requestTimeout, started);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failedHop(original, "io", "interrupted", started);
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request,
                info -> bodyFor(info, ask.maxBytes()));
        try {
            HttpResponse<byte[]> response = exchange.get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
            URI location = redirectTarget(target, response);
            return location != null ? new Hop(null, location)
                    : new Hop(toResult(original, response, ask.maxBytes(), Failures.since(started)), null);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return failedHop(original, "timeout", "no complete response within " + requestTimeout, started);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return failedHop(original, "io", "interrupted", started);
        } catch (ExecutionException e) {
            return new Hop(Failures.classify(original, e.getCause(), started), null);
        } finally {
            hosts.release(host);
        }
    }

    private FetchResult.Failed refused(URI original, URI target, long started) {
        try {
            guard.check(target);
            return null;
        } catch (AddressGuard.RefusedAddressException e) {
            return Failures.failed(original, "private-address", e.getMessage(), started);
        } catch (java.net.UnknownHostException e) {
            return Failures.failed(original, "connect", "unknown host " + target.getHost(), started);
        }
    }

    /** Where a 301/302/303/307/308 points, resolved against the request URL; null for any other answer. */
    private static URI redirectTarget(URI from, HttpResponse<?> response) {
        int status = response.statusCode();
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            return null;
        }
        return response.headers().firstValue("Location").map(String::strip).map(location -> {
            try {
                return from.resolve(new URI(location));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }).orElse(null);
    }

    private static Hop failedHop(URI url, String errorClass, String reason, long started) {
        return new Hop(Failures.failed(url, errorClass, reason, started), null);
    }

    private static long remainingMillis(long deadlineNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    private HttpRequest request(URI url, Validators previous, String accept) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("scheme '" + url.getScheme() + "'");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", accept)
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
    private static HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info, long maxBytes) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new LimitedBodySubscriber(maxBytes, declared);
    }

    private FetchResult toResult(URI url, HttpResponse<byte[]> response, long maxBytes, Duration duration) {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchResult.NotModified(url, duration);
        }
        if (status != 200) {
            Duration retryAfter = status == 429 || status == 503
                    ? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock) : null;
            return new FetchResult.Failed(url, status, "http-" + status / 100 + "xx", "HTTP " + status, duration,
                    retryAfter);
        }
        var headers = response.headers();
        byte[] body;
        try {
            body = BodyDecoder.decode(response.body(), headers.firstValue("Content-Encoding").orElse(null),
                    maxBytes);
        } catch (IOException e) {
            return new FetchResult.Failed(url, status, Failures.errorClassOf(e), Failures.oneLine(e), duration);
        }
        metrics.bodyRead(body.length);
        var validators = new Validators(headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null));
        return new FetchResult.Fetched(url, response.uri(), status, body,
                headers.firstValue("Content-Type").orElse(null), validators, duration, Freshness.of(headers, clock),
                headers.allValues("Link"));
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
