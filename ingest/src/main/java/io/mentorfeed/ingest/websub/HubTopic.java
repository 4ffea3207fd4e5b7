package io.mentorfeed.ingest.websub;

import java.net.URI;
import java.util.Objects;

/** Where to subscribe ({@code hub}) and to what ({@code topic}, the URL the publisher pings the hub with). */
public record HubTopic(URI hub, String topic) {
    public HubTopic {
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(topic, "topic");
    }
}
