package io.mentorfeed.ingest.websub;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a hub's content distribution (WebSub section 7): the body is taken only when it is signed with the secret
 * of this mentor's subscription, then handed to the same path as a polled body. A push for a subscription this
 * instance does not hold is answered 410 Gone, so the hub drops it; a badly signed one is ignored but answered
 * 202, as the spec asks: a hub would only send again what we will never take.
 */
final class PushReceiver {
    private static final Logger log = LoggerFactory.getLogger(PushReceiver.class);

    private final Subscriptions subscriptions;
    private final PushSink sink;
    private final WebSubMetrics metrics;

    PushReceiver(Subscriptions subscriptions, PushSink sink, WebSubMetrics metrics) {
        this.subscriptions = subscriptions;
        this.sink = sink;
        this.metrics = metrics;
    }

    CallbackAnswer receive(String mentorId, String signature, String contentType, byte[] body) {
        metrics.pushReceived();
        Optional<Subscription> subscription = subscriptions.get(mentorId)
                .filter(s -> s.pending() != Subscription.Mode.UNSUBSCRIBE);
        if (subscription.isEmpty()) {
            return refused(mentorId, 410, "gone", body.length);
        }
        HubSignature.Verdict verdict = HubSignature.check(signature, subscription.get().secret(), body);
        if (verdict != HubSignature.Verdict.VALID) {
            return refused(mentorId, 202, verdict.reason(), body.length);
        }
        return switch (sink.deliver(mentorId, body, contentType)) {
            case TAKEN -> {
                metrics.pushAccepted(); // the sink logs what the push brought
                yield CallbackAnswer.of(204, "");
            }
            case NOT_FOLLOWED -> refused(mentorId, 410, "gone", body.length);
            case NOT_RECORDED -> refused(mentorId, 503, "not-recorded", body.length);
        };
    }

    /** The body went over the feed body limit: not read further. */
    CallbackAnswer tooLarge(String mentorId, long limit) {
        metrics.pushReceived();
        return refused(mentorId, 413, "too-large", limit);
    }

    private CallbackAnswer refused(String mentorId, int status, String reason, long bytes) {
        metrics.pushRefused(reason);
        log.warn("websub push refused mentor={} status={} reason={} bytes={}", mentorId, status, reason, bytes);
        return CallbackAnswer.of(status, status == 202 ? "" : reason);
    }
}
