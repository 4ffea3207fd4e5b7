package io.mentorfeed.api.readinglist;

import io.mentorfeed.api.digest.DigestItem;
import io.mentorfeed.api.digest.DigestItems;
import io.mentorfeed.api.digest.UnknownProfileException;
import io.mentorfeed.api.readinglist.ReadingListQuery.Status;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Recommendation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A reader's reading list: every recommendation, newest first (then by post id, so the order is total and stable),
 * with its status from the reader's engagements: done once commented, read or skipped (or closed by the
 * processor), snoozed while a snooze runs, else unread; and starred when the reader's last star engagement on it
 * is a star (stars say nothing about the status).
 */
public final class ReadingListService {
    static final Comparator<DigestItem> ORDER = Comparator.comparing(DigestItem::published, Comparator.reverseOrder())
            .thenComparing(DigestItem::postId);

    private final ReadModelView view;

    public ReadingListService(ReadModelView view) {
        this.view = view;
    }

    public ReadingListPage page(String profileId, ReadingListQuery query, Instant now) {
        List<ReadingListItem> page = all(profileId, now).stream()
                .filter(i -> matches(query, i.item(), i.status()) && isAfter(i.item(), query.after()))
                .limit(query.limit() + 1L).toList();
        boolean more = page.size() > query.limit();
        List<ReadingListItem> shown = more ? page.subList(0, query.limit()) : page;
        String next = more ? cursorOf(shown.getLast().item()).encode() : null;
        return new ReadingListPage(profileId, shown, next);
    }

    /**
     * Every item of the reader's list (skip items included) with its status and star, in {@link #ORDER}: what the
     * JSON pages, the web page and the Google Reader API filter.
     */
    public List<ReadingListItem> all(String profileId, Instant now) {
        view.profile(profileId).orElseThrow(() -> new UnknownProfileException(profileId));
        Map<String, Engagement> verdicts = new HashMap<>();
        Map<String, Engagement> stars = new HashMap<>();
        for (Engagement engagement : view.engagementsFor(profileId)) {
            (engagement.kind().isStar() ? stars : verdicts).merge(engagement.postId(), engagement,
                    (a, b) -> b.at().isBefore(a.at()) ? a : b);
        }
        DigestItems items = new DigestItems(view);
        List<ReadingListItem> all = new ArrayList<>();
        for (Recommendation recommendation : view.recommendationsFor(profileId)) {
            Status status = statusOf(recommendation, verdicts.get(recommendation.postId()), now);
            Engagement star = stars.get(recommendation.postId());
            all.add(new ReadingListItem(items.itemFor(recommendation), status.name().toLowerCase(Locale.ROOT),
                    star != null && star.kind() == Engagement.Kind.STARRED));
        }
        all.sort(Comparator.comparing(ReadingListItem::item, ORDER));
        return all;
    }

    /**
     * What the reader's list depends on, as a string that changes whenever {@link #all} would: the profile's
     * version in the view and how many of its snoozes have run out by {@code now} (a snoozed item turns unread then).
     * Empty when the view cannot tell or the profile is unknown. Taken before the list (see
     * {@link ReadModelView#versionOf}).
     */
    public Optional<String> validator(String profileId, Instant now) {
        Optional<String> version = view.versionOf(profileId);
        if (version.isEmpty() || view.profile(profileId).isEmpty()) {
            return Optional.empty();
        }
        long ended = view.engagementsFor(profileId).stream()
                .filter(e -> e.kind() == Engagement.Kind.SNOOZED && e.until() != null && !e.until().isAfter(now))
                .count();
        return Optional.of("reading-list/" + version.get() + "/" + ended);
    }

    private static Status statusOf(Recommendation recommendation, Engagement engagement, Instant now) {
        if (engagement != null && engagement.kind() == Engagement.Kind.SNOOZED) {
            return engagement.until().isAfter(now) ? Status.SNOOZED : Status.UNREAD;
        }
        return recommendation.closed() || engagement != null ? Status.DONE : Status.UNREAD;
    }

    private static boolean matches(ReadingListQuery query, DigestItem item, String status) {
        return (query.status() == Status.ALL || query.status().name().equalsIgnoreCase(status))
                && (query.action() != null ? item.action() == query.action() : item.action() != Action.SKIP)
                && (query.mentor() == null || query.mentor().equals(item.mentor().id()))
                && (query.tag() == null || item.tags().contains(query.tag()))
                && (query.since() == null || !item.published().isBefore(query.since()));
    }

    private static boolean isAfter(DigestItem item, Cursor cursor) {
        return cursor == null || ORDER.compare(item, new DigestItemKey(cursor).asItem()) > 0;
    }

    private static Cursor cursorOf(DigestItem item) {
        return new Cursor(item.published(), item.postId());
    }

    /** A stand-in item carrying only the sort key of a cursor, to compare with {@link #ORDER}. */
    private record DigestItemKey(Cursor cursor) {
        DigestItem asItem() {
            return new DigestItem(cursor.postId(), null, null, null, cursor.published(), null, null, null, 0,
                    List.of(), List.of());
        }
    }
}
