package io.mentorfeed.api.digest;

import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import io.mentorfeed.model.Signal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds a reader's digest for one local date from the read model.
 *
 * <p>The date is a date in the profile's time zone (today there when none is given); its day is the instants
 * {@code [start, end)} between two local midnights, so a post published at the same instant can fall on different
 * dates for a reader in Los Angeles and one in Tokyo.
 *
 * <p>Candidates are the profile's recommendations that
 * <ul>
 *   <li>are not closed (the reader has not acted on them) and are not {@code skip};</li>
 *   <li>have a window that opened before the end of the day (nothing from after the date asked for);</li>
 *   <li>for respond-now and respond-later, have a window that had not closed by the start of the day;</li>
 *   <li>for read, were published (else their window opened) within the seven local days ending with the date, or
 *       mention an upcoming event whose window (open until the event) had not closed by the start of the day.</li>
 * </ul>
 *
 * <p>Each candidate lands in at most one section, filled in this order:
 * <ol>
 *   <li>respondNow: respond-now candidates by score, highest first (then newest, then post id), keeping only the
 *       best per mentor ("don't bug them"), at most {@code maxRespondNow};</li>
 *   <li>events: remaining candidates carrying an {@code event} signal, soonest event first (then newest), at most
 *       {@code maxWorthReading};</li>
 *   <li>personalNews: remaining candidates carrying a {@code personal-news} signal, newest first, at most
 *       {@code maxWorthReading};</li>
 *   <li>respondLater: remaining respond-later candidates, earliest {@code eligibleAt} first, at most
 *       {@code maxRespondNow} (they are the next respond-now items, and the daily budget lets no more through);</li>
 *   <li>worthReading: remaining candidates published within the seven days (read items, and items that lost to the
 *       one-per-mentor rule or a section's limit) by score, at most {@code maxWorthReading}.</li>
 * </ol>
 * Every section is capped; an item over a section's cap stays a candidate for the sections after it.
 * Titles, links and publication dates come from the post when the read model has it (its latest revision), else
 * from the recommendation; the mentor's name from the mentor, else the recommendation.
 */
public final class DigestService {
    private static final Comparator<DigestItem> BY_SCORE = Comparator.comparingDouble(DigestItem::score).reversed()
            .thenComparing(DigestItem::published, Comparator.reverseOrder())
            .thenComparing(DigestItem::postId);
    private static final Comparator<DigestItem> NEWEST_FIRST = Comparator.comparing(DigestItem::published,
            Comparator.reverseOrder()).thenComparing(DigestItem::postId);
    private static final Comparator<DigestItem> BY_ELIGIBLE = Comparator.comparing(DigestItem::eligibleAt)
            .thenComparing(BY_SCORE);
    private static final Comparator<DigestItem> SOONEST_EVENT = Comparator.comparing(DigestItem::eventDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(NEWEST_FIRST);

    /** Digests kept for answering again while nothing they show changed (their items point at the view's strings). */
    static final int CACHED_DIGESTS = 10_000;

    private final ReadModelView view;
    private final int maxRespondNow;
    private final int maxWorthReading;
    private final DigestCache cache;

    public DigestService(ReadModelView view, int maxRespondNow, int maxWorthReading) {
        this(view, maxRespondNow, maxWorthReading, CACHED_DIGESTS);
    }

    DigestService(ReadModelView view, int maxRespondNow, int maxWorthReading, int cachedDigests) {
        this.view = Objects.requireNonNull(view, "view");
        this.cache = new DigestCache(cachedDigests);
        if (maxRespondNow < 0 || maxWorthReading < 0) {
            throw new IllegalArgumentException("maxRespondNow and maxWorthReading must not be negative");
        }
        this.maxRespondNow = maxRespondNow;
        this.maxWorthReading = maxWorthReading;
    }

    /**
     * @param date the local date in the profile's time zone, or null for today there
     * @throws IllegalArgumentException when the profile id is not a valid id
     * @throws UnknownProfileException  when the read model has no such profile
     */
    public Digest digest(String profileId, LocalDate date, Instant now) {
        return digest(profileId, date, now, validator(profileId, date, now));
    }

    /**
     * The digest, with the {@link #validator} the caller took first: while it holds, the digest built last under
     * it for this profile and date (its {@code generatedAt} is when that was).
     */
    public Digest digest(String profileId, LocalDate date, Instant now, Optional<String> validator) {
        if (validator.isEmpty()) {
            return build(profileId, date, now);
        }
        return cache.get(profileId + "|" + date, validator.get(), () -> build(profileId, date, now));
    }

    private Digest build(String profileId, LocalDate date, Instant now) {
        Ids.requireValid("profile id", profileId);
        Objects.requireNonNull(now, "now");
        Profile profile = view.profile(profileId).orElseThrow(() -> new UnknownProfileException(profileId));
        DigestDay day = DigestDay.of(date != null ? date : LocalDate.ofInstant(now, profile.timeZone()),
                profile.timeZone());

        DigestItems items = new DigestItems(view);
        List<Candidate> remaining = new ArrayList<>();
        for (Recommendation recommendation : view.recommendationsFor(profileId)) {
            Candidate candidate = new Candidate(recommendation, items.itemFor(recommendation));
            if (candidate.belongsTo(day)) {
                remaining.add(candidate);
            }
        }
        List<DigestItem> respondNow = pickRespondNow(remaining);
        List<DigestItem> events = take(remaining, c -> c.has(Signal.Kind.EVENT), SOONEST_EVENT, maxWorthReading);
        List<DigestItem> personalNews = take(remaining, c -> c.has(Signal.Kind.PERSONAL_NEWS), NEWEST_FIRST,
                maxWorthReading);
        List<DigestItem> respondLater = take(remaining, c -> c.item().action() == Action.RESPOND_LATER, BY_ELIGIBLE,
                maxRespondNow);
        List<DigestItem> worthReading = take(remaining, c -> day.inReadingSpan(c.item().published()), BY_SCORE,
                maxWorthReading);
        return new Digest(profileId, day.date(), profile.timeZone().getId(), now, respondNow, respondLater,
                worthReading, events, personalNews);
    }

    /**
     * What the digest for this date depends on, as a string that changes whenever the digest would (bar its
     * {@code generatedAt}): the profile's version in the view and the local date. Empty when the view cannot tell
     * or the profile is unknown. Taken before the digest itself (see {@link ReadModelView#versionOf}).
     */
    public Optional<String> validator(String profileId, LocalDate date, Instant now) {
        Optional<String> version = view.versionOf(profileId);
        Optional<Profile> profile = view.profile(profileId);
        if (version.isEmpty() || profile.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = date != null ? date : LocalDate.ofInstant(now, profile.get().timeZone());
        return Optional.of("digest/" + version.get() + "/" + day + "/" + profile.get().timeZone().getId());
    }

    /** The best respond-now item per mentor, best first, up to the limit; the others stay for later sections. */
    private List<DigestItem> pickRespondNow(List<Candidate> remaining) {
        List<Candidate> respondNow = remaining.stream()
                .filter(c -> c.item().action() == Action.RESPOND_NOW)
                .sorted(Comparator.comparing(Candidate::item, BY_SCORE))
                .toList();
        Set<String> mentorsTaken = new HashSet<>();
        List<Candidate> picked = new ArrayList<>();
        for (Candidate candidate : respondNow) {
            if (picked.size() < maxRespondNow && mentorsTaken.add(candidate.item().mentor().id())) {
                picked.add(candidate);
            }
        }
        removeTaken(remaining, picked);
        return picked.stream().map(Candidate::item).toList();
    }

    /**
     * The matching candidates' items sorted, up to the limit; those taken leave {@code remaining}, those over the
     * limit stay in it for the sections after.
     */
    private static List<DigestItem> take(List<Candidate> remaining, Predicate<Candidate> wanted,
                                         Comparator<DigestItem> order, int limit) {
        List<Candidate> taken = remaining.stream().filter(wanted)
                .sorted(Comparator.comparing(Candidate::item, order)).limit(limit).toList();
        removeTaken(remaining, taken);
        return taken.stream().map(Candidate::item).toList();
    }

    /**
     * By identity: a set, not removeAll(list), which compares every pair; and not a hash set of the records, whose
     * hash codes walk every field of the recommendation and the item (that was a fifth of a digest's time).
     */
    private static void removeTaken(List<Candidate> remaining, List<Candidate> taken) {
        Set<Candidate> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(taken);
        remaining.removeIf(gone::contains);
    }

    private record Candidate(Recommendation recommendation, DigestItem item) {
        boolean has(Signal.Kind kind) {
            for (Signal signal : recommendation.signals()) { // a loop, not a stream: asked of every candidate
                if (signal.kind() == kind) {
                    return true;
                }
            }
            return false;
        }

        boolean belongsTo(DigestDay day) {
            if (recommendation.closed() || recommendation.action() == Action.SKIP
                    || !recommendation.window().opensAt().isBefore(day.end())) {
                return false;
            }
            return switch (recommendation.action()) {
                case RESPOND_NOW, RESPOND_LATER -> recommendation.window().closesAt().isAfter(day.start());
                case READ -> day.inReadingSpan(item.published()) || has(Signal.Kind.EVENT)
                        && recommendation.eventDate() != null && recommendation.window().closesAt().isAfter(day.start());
                case SKIP -> false;
            };
        }
    }
}
