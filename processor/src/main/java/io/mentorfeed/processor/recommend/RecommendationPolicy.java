package io.mentorfeed.processor.recommend;

import io.mentorfeed.model.Action;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.ResponseWindow;
import io.mentorfeed.model.Signal;
import io.mentorfeed.processor.ProcessorConfig;
import io.mentorfeed.processor.relationship.HoldBack;
import io.mentorfeed.processor.relationship.ProfileHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for one reader and one post, what to do and why. Past the window: read (skip when nothing in it is for
 * this reader). A question or invitation to readers, or personal news, inside the window: respond-now, unless a
 * relationship rule holds it back (respond-later with eligibleAt) or the comments are already crowded (read).
 * Anything else: read. A respond decision says whether the mentor usually answers commenters. Every decision carries
 * reasons a reader can understand. A post that mentions an upcoming event keeps its window open until the end of
 * the event's day, and the decision carries the event's date and place.
 */
public final class RecommendationPolicy {
    private static final double SKIP_SCORE = 0.0;
    private static final double CLOSED_SCORE = 0.1;
    private static final double READ_SCORE = 0.3;
    private static final double RESPOND_SCORE = 0.6;
    private static final double EARLY_BONUS = 0.2;
    private static final double INTEREST_BONUS = 0.1;
    private static final int MAX_INTERESTS_SCORED = 3;
    /**
     * The event's day is over everywhere at noon UTC the next day (the "anywhere on Earth" end of a date): the post
     * does not say in which time zone its date is.
     */
    private static final ZoneOffset LAST_ZONE_ON_EARTH = ZoneOffset.ofHours(-12);
    private static final DateTimeFormatter EVENT_DAY = DateTimeFormatter.ofPattern("EEE d MMMM uuuu",
            java.util.Locale.ENGLISH);

    private final ProcessorConfig config;
    private final HoldBack holdBack;

    public RecommendationPolicy(ProcessorConfig config) {
        this.config = config;
        this.holdBack = new HoldBack(config.relationships());
    }

    /**
     * The situation of one decision: the reader's history and zone, how many other mentors' respond-now posts the
     * reader's digest shows, and the reader's snooze if any.
     */
    public record Context(ProfileHistory history, ZoneId zone, long respondNowShown, Instant snoozedUntil,
                          Instant now) {}

    public Recommendation decide(Candidate post, Context ctx) {
        Instant now = ctx.now();
        ResponseWindow window = windowOf(post);
        Duration age = Duration.between(window.opensAt(), now).isNegative() ? Duration.ZERO
                : Duration.between(window.opensAt(), now);
        String published = "Published " + Ages.ago(age);
        Optional<Signal> ask = first(post, Signal.Kind.INVITES_RESPONSE).or(() -> first(post, Signal.Kind.PERSONAL_NEWS));

        List<String> reasons = new ArrayList<>();
        Action action;
        Instant eligibleAt = null;
        double score;
        if (!now.isBefore(window.closesAt())) {
            boolean forThisReader = !post.matchedInterests().isEmpty() || !post.signals().isEmpty();
            action = forThisReader ? Action.READ : Action.SKIP;
            score = forThisReader ? CLOSED_SCORE : SKIP_SCORE;
            reasons.add(published + "; the conversation has moved on");
        } else if (ask.isPresent() && isCrowded(post)) {
            action = Action.READ;
            score = READ_SCORE;
            reasons.add(signalReason(ask.get()));
            reasons.add("Already " + post.commentCount() + " comments; a new voice is hard to hear there");
        } else if (ask.isPresent()) {
            reasons.add(signalReason(ask.get()));
            var hold = holdBack.check(ctx.history(), post.mentorId(), post.mentorName(), ctx.zone(),
                    ctx.respondNowShown(), ctx.snoozedUntil(), now);
            if (hold.isPresent() && !hold.get().until().isBefore(window.closesAt())) {
                action = Action.READ;
                score = READ_SCORE;
                reasons.addAll(hold.get().reasons());
                reasons.add("The window closes before then; read it instead");
            } else if (hold.isPresent()) {
                action = Action.RESPOND_LATER;
                eligibleAt = hold.get().until();
                score = RESPOND_SCORE;
                reasons.addAll(hold.get().reasons());
                reasons.add("Respond in " + Ages.describe(Duration.between(now, eligibleAt)) + ", while it is open");
            } else {
                action = Action.RESPOND_NOW;
                boolean early = now.isBefore(window.bestBefore());
                score = RESPOND_SCORE + (early ? EARLY_BONUS : 0);
                reasons.add(early ? published + "; early comments are the ones authors read"
                        : published + "; still open for " + Ages.describe(Duration.between(now, window.closesAt())));
                if (post.typicalComments() != null
                        && post.typicalComments() >= config.relationships().busyComments()) {
                    reasons.add(post.mentorName() + "'s posts draw about " + post.typicalComments()
                            + " comments; an early one stands out");
                }
            }
            if (action != Action.READ) {
                score += replyReason(post, reasons);
            }
            score += relationshipReason(post, ctx, reasons);
        } else {
            action = Action.READ;
            score = READ_SCORE;
            reasons.add(post.matchedInterests().isEmpty()
                    ? "New from " + post.mentorName() + "; nothing in it asks readers to respond"
                    : "New from " + post.mentorName() + "; worth a read, no response asked for");
        }
        for (Signal signal : post.signals()) {
            if (signal.kind() == Signal.Kind.EVENT || signal.kind() == Signal.Kind.ANNOUNCEMENT) {
                reasons.add(signalReason(signal));
            }
        }
        Optional<Signal> event = first(post, Signal.Kind.EVENT);
        for (String interest : post.matchedInterests()) {
            reasons.add("Matches your interest in " + interest);
        }
        if (post.revision() > 1) {
            // Say so: the reader may have seen the first version, and a response should answer the current one.
            reasons.add("Updated by the author since it first appeared");
        }
        score += INTEREST_BONUS * Math.min(post.matchedInterests().size(), MAX_INTERESTS_SCORED);
        return new Recommendation(post.profileId(), post.postId(), post.mentorId(), post.mentorName(), post.title(),
                post.link(), post.published(), action, window, eligibleAt, Math.min(1.0, score), reasons,
                post.tags(), post.signals(), now, false, event.map(Signal::date).orElse(null),
                event.map(Signal::place).orElse(null));
    }

    /** Open from publication for the source kind's span, or until the end of the event's day when that is later. */
    public ResponseWindow windowOf(Candidate post) {
        Instant opens = post.published();
        Instant closes = opens.plus(config.windowFor(post.kind()));
        Optional<LocalDate> eventDay = first(post, Signal.Kind.EVENT).map(Signal::date);
        if (eventDay.isPresent()) {
            Instant eventOver = eventDay.get().plusDays(1).atStartOfDay(LAST_ZONE_ON_EARTH).toInstant();
            closes = eventOver.isAfter(closes) ? eventOver : closes;
        }
        return new ResponseWindow(opens, opens.plus(config.bestWithin()), closes);
    }

    /** Whether a comment is likely to be answered, from the mentor's recent comment threads; a bonus when it is. */
    private double replyReason(Candidate post, List<String> reasons) {
        var rules = config.commentReplies();
        var habit = post.replyHabit();
        if (habit.repliesToMost(rules)) {
            reasons.add(post.mentorName() + " replies to most commenters: a comment may start a conversation");
            return rules.bonus();
        }
        if (habit.neverReplies(rules)) {
            reasons.add(post.mentorName() + " has not answered commenters in the last " + habit.threads()
                    + " threads; write for the other readers too");
        }
        return 0;
    }

    /** "You last responded to Mark 12 days ago", and a small bonus for a mentor the reader has neglected. */
    private double relationshipReason(Candidate post, Context ctx, List<String> reasons) {
        var rules = config.relationships();
        Optional<Instant> last = ctx.history().lastResponseTo(post.mentorId());
        if (last.isEmpty()) {
            reasons.add("You have not responded to " + post.mentorName() + " yet");
            return rules.neglectedBonus();
        }
        Duration since = Duration.between(last.get(), ctx.now());
        if (since.compareTo(rules.minGapPerMentor()) >= 0) {
            reasons.add("You last responded to " + post.mentorName() + " " + Ages.ago(since));
        }
        return since.compareTo(rules.neglectedAfter()) >= 0 ? rules.neglectedBonus() : 0;
    }

    private boolean isCrowded(Candidate post) {
        return post.commentCount() != null && post.commentCount() >= config.relationships().crowdedComments();
    }

    private static Optional<Signal> first(Candidate post, Signal.Kind kind) {
        return post.signals().stream().filter(s -> s.kind() == kind).findFirst();
    }

    private static String signalReason(Signal signal) {
        String evidence = signal.evidence();
        return switch (signal.kind()) {
            case INVITES_RESPONSE -> evidence.endsWith("?") ? "Asks readers: '" + evidence + "'"
                    : "Invites responses: '" + evidence + "'";
            case PERSONAL_NEWS -> "Shares personal news: '" + evidence + "'; a word of support counts";
            case EVENT -> signal.date() == null ? "Mentions an event: '" + evidence + "'"
                    : "Mentions an event on " + EVENT_DAY.format(signal.date())
                            + (signal.place() == null ? "" : signal.place().equals("online") ? " (online)"
                                    : " in " + signal.place())
                            + ": '" + evidence + "'; open until then";
            case ANNOUNCEMENT -> "Announces something new: '" + evidence + "'";
        };
    }
}
