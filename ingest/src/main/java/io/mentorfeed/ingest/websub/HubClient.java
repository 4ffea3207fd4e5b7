package io.mentorfeed.ingest.websub;

import io.mentorfeed.model.InternalAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends subscribe and unsubscribe requests to hubs (WebSub section 5.1): a form POST with the callback, topic,
 * lease and secret. A hub is an address taken from a feed, so it gets the feeds' checks: internal addresses refused
 * unless allowed, and the secret goes only to https hubs unless plain http is explicitly allowed.
 */
final class HubClient implements AutoCloseable {
    private final HttpClient client;
    private final URI callbackBase;
    private final Duration requestTimeout;
    private final String userAgent;
    private final Duration lease;
    private final boolean allowPrivateAddresses;
    private final boolean allowInsecureHubs;

    HubClient(WebSubConfig config, Duration connectTimeout, Duration requestTimeout, String userAgent,
              boolean allowPrivateAddresses) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.callbackBase = config.callbackBase();
        this.requestTimeout = requestTimeout;
        this.userAgent = userAgent;
        this.lease = config.lease();
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.allowInsecureHubs = config.allowInsecureHubs();
    }

    /** The callback URL of one mentor's subscription: where its verifications and pushes arrive. */
    URI callback(String mentorId) {
        return URI.create(callbackBase + "/" + mentorId);
    }

    /** Sends the request and waits for the hub's answer (which is not yet the verification). */
    HubAnswer send(Subscription subscription, Subscription.Mode mode) {
        URI hub = subscription.hubTopic().hub();
        String refusal = refusal(hub);
        if (refusal != null) {
            return HubAnswer.notAllowed(refusal);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("hub.callback", callback(subscription.mentorId()).toString());
        form.put("hub.mode", mode.wire());
        form.put("hub.topic", subscription.hubTopic().topic());
        if (mode == Subscription.Mode.SUBSCRIBE) {
            form.put("hub.lease_seconds", Long.toString(lease.toSeconds()));
            form.put("hub.secret", new String(subscription.secret(), StandardCharsets.US_ASCII));
        }
        HttpRequest request = HttpRequest.newBuilder(hub).timeout(requestTimeout)
                .header("User-Agent", userAgent)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        try {
            return HubAnswer.of(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpTimeoutException e) {
            return HubAnswer.failed("no answer within " + requestTimeout);
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return HubAnswer.failed(e.getClass().getSimpleName() + message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HubAnswer.failed("interrupted");
        }
    }

    /** Why this hub may not be used, or null when it may. */
    String refusal(URI hub) {
        String scheme = hub.getScheme() == null ? "" : hub.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowInsecureHubs)) {
            return "insecure-hub: the secret goes to https hubs only (ingest.websub.allow-insecure-hubs)";
        }
        if (hub.getHost() == null) {
            return "bad-url: no host";
        }
        if (allowPrivateAddresses) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(hub.getHost())) {
                if (InternalAddresses.isInternal(address)) {
                    return "private-address: " + hub.getHost() + " resolves to " + address.getHostAddress()
                            + " (ingest.allow-private-addresses)";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return null; // sent anyway: the request fails as "connect" and is retried, as a feed would be
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
