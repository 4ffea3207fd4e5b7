package io.mentorfeed.api.email;

import io.mentorfeed.api.digest.UnknownProfileException;
import io.mentorfeed.api.engagements.EngagementRequest;
import io.mentorfeed.api.engagements.EngagementService;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the one-click links of a digest email, without a login: the signed token is the authorisation.
 * Engagements go through the {@link EngagementService} with an idempotency key derived from the token, so a second
 * click (or a mail scanner's) records nothing new; unsubscribe removes the address from the profile.
 */
public final class EmailActions {
    private static final Logger log = LoggerFactory.getLogger(EmailActions.class);

    /** What a click did, for the page that answers it. */
    public record Done(EmailAction action, String message) {
    }

    private final ActionLinks links;
    private final EngagementService engagements;
    private final ReadModelView view;
    private final Writer writer;
    private final Duration snoozeFor;

    public EmailActions(ActionLinks links, EngagementService engagements, ReadModelView view, Writer writer,
                        Duration snoozeFor) {
        this.links = links;
        this.engagements = engagements;
        this.view = view;
        this.writer = writer;
        this.snoozeFor = snoozeFor;
    }

    /** Checks a token without acting on it (the confirmation page). */
    public EmailAction check(String token, Instant now) {
        return links.verify(token, now);
    }

    public Done perform(String token, Instant now) {
        EmailAction action = links.verify(token, now);
        Profile profile = view.profile(action.profileId()).orElseThrow(() -> new UnknownProfileException(action.profileId()));
        String fingerprint = ActionLinks.fingerprint(token);
        if (action.unsubscribe()) {
            if (profile.email() != null) {
                writer.write(Topics.PROFILES, profile.id(), new Profile(profile.id(), profile.name(), null,
                        profile.timeZone(), profile.digestHour(), profile.interests(), profile.following()));
            }
            log.info("email action profile={} kind=unsubscribe link={}", profile.id(), fingerprint);
            return new Done(action, "You will get no more digest emails. Set an address on your profile to get them again.");
        }
        // A snooze runs from the click, to the hour, so clicks in the same hour are one idempotent request.
        Instant until = action.kind().equals("snoozed") ? now.truncatedTo(ChronoUnit.HOURS).plus(snoozeFor) : null;
        String key = "email-" + fingerprint + (until == null ? "" : "-" + until.getEpochSecond());
        engagements.record(profile.id(), new EngagementRequest(action.postId(), action.kind(), until), key, now);
        log.info("email action profile={} kind={} post={} link={}", profile.id(), action.kind(), action.postId(), fingerprint);
        return new Done(action, switch (action.kind()) {
            case "commented" -> "Noted: you commented. It leaves your lists.";
            case "skipped" -> "Skipped. It leaves your lists.";
            default -> "Snoozed until " + until + ".";
        });
    }
}
