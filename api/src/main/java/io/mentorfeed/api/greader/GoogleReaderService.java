package io.mentorfeed.api.greader;

import io.mentorfeed.api.engagements.EngagementRequest;
import io.mentorfeed.api.engagements.EngagementService;
import io.mentorfeed.api.readinglist.Cursor;
import io.mentorfeed.api.readinglist.ReadingListItem;
import io.mentorfeed.api.readinglist.ReadingListService;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Recommendation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's list as the Google Reader API serves it (docs/api.md, Google Reader API): every item but those the
 * processor says to skip, each mentor a subscription, and read and starred written back as engagements on
 * {@code mentorfeed.engagements} through the same {@link EngagementService} as the JSON API. Marking an item unread
 * again is accepted and changes nothing: in mentorfeed a read post is done, and the processor has closed it.
 */
public final class GoogleReaderService {
    private static final Logger log = LoggerFactory.getLogger(GoogleReaderService.class);
    static final Comparator<ReaderItem> NEWEST_FIRST = Comparator.comparing((ReaderItem i) -> i.item().published())
            .reversed().thenComparing(i -> i.item().postId());

    private final ReadModelView view;
    private final ReadingListService readingLists;
    private final EngagementService engagements;

    public GoogleReaderService(ReadModelView view, ReadingListService readingLists, EngagementService engagements) {
        this.view = view;
        this.readingLists = readingLists;
        this.engagements = engagements;
    }

    /** Every item of the reader's list but the skip ones, newest first. */
    public List<ReaderItem> items(String profileId, Instant now) {
        Map<String, Recommendation> recommendations = new HashMap<>();
        view.recommendationsFor(profileId).forEach(r -> recommendations.put(r.postId(), r));
        List<ReaderItem> items = new ArrayList<>();
        for (ReadingListItem listed : readingLists.all(profileId, now)) {
            if (listed.item().action() != Action.SKIP) {
                String postId = listed.item().postId();
                items.add(new ReaderItem(ItemIds.of(postId), listed, recommendations.get(postId)));
            }
        }
        return items;
    }

    /** The mentors the reader follows, and those of any item in their list (a mentor unfollowed since). */
    public List<Mentor> subscriptions(Profile profile, List<ReaderItem> items) {
        Set<String> ids = new LinkedHashSet<>(profile.following());
        items.forEach(i -> ids.add(i.mentorId()));
        return ids.stream().map(view::mentor).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Mentor::name)).toList();
    }

    /** One page of a stream, and the continuation of the next page (null on the last one). */
    public record Page(List<ReaderItem> items, String continuation) {
    }

    public Page stream(String profileId, StreamQuery query, Instant now) {
        Comparator<ReaderItem> order = query.oldestFirst() ? NEWEST_FIRST.reversed() : NEWEST_FIRST;
        Cursor after = query.continuation() == null ? null : Cursor.decode(query.continuation());
        List<ReaderItem> matching = items(profileId, now).stream().filter(query::wants).sorted(order)
                .filter(i -> after == null || order.compare(i, keyOf(i, after)) > 0)
                .limit(query.count() + 1L).toList();
        boolean more = matching.size() > query.count();
        List<ReaderItem> shown = more ? matching.subList(0, query.count()) : matching;
        ReaderItem last = more ? shown.getLast() : null;
        return new Page(shown, last == null ? null : new Cursor(last.item().published(), last.item().postId()).encode());
    }

    /** The reader's items among the given ids (in any form), in the order asked; unknown ids are left out. */
    public List<ReaderItem> byIds(String profileId, List<String> ids, Instant now) {
        Map<Long, ReaderItem> byId = new HashMap<>();
        items(profileId, now).forEach(i -> byId.put(i.id(), i));
        Map<Long, ReaderItem> found = new LinkedHashMap<>();
        for (String text : ids) {
            ItemIds.candidates(text).stream().map(byId::get).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(i -> found.putIfAbsent(i.id(), i));
        }
        return List.copyOf(found.values());
    }

    /**
     * Adds and removes tags on items: read and starred are written as engagements (read once per post, a star only
     * when it changes); labels are mentorfeed's own and the other states mean nothing here, so those are ignored.
     *
     * @return how many engagements were written
     */
    public int editTag(String profileId, List<String> ids, List<StreamId> add, List<StreamId> remove, Instant now) {
        List<ReaderItem> items = byIds(profileId, ids, now);
        boolean markRead = add.stream().anyMatch(t -> t.isState("read"));
        boolean star = add.stream().anyMatch(t -> t.isState("starred"));
        boolean unstar = remove.stream().anyMatch(t -> t.isState("starred"));
        if (remove.stream().anyMatch(t -> t.isState("read")) || add.stream().anyMatch(t -> t.isState("kept-unread"))) {
            log.info("greader mark unread ignored profile={} items={}", profileId, items.size());
        }
        int written = 0;
        for (ReaderItem item : items) {
            if (markRead && !item.read()) {
                written += read(profileId, item, now);
            }
            if (star != unstar && star != item.starred()) {
                engagements.record(profileId, new EngagementRequest(item.item().postId(),
                        star ? "starred" : "unstarred", null), null, now);
                written++;
            }
        }
        return written;
    }

    /** Marks read every unread item of the stream published at or before {@code olderThan}. */
    public int markAllAsRead(String profileId, StreamId stream, Instant olderThan, Instant now) {
        int written = 0;
        for (ReaderItem item : items(profileId, now)) {
            if (!item.read() && item.in(stream) && !item.item().published().isAfter(olderThan)) {
                written += read(profileId, item, now);
            }
        }
        return written;
    }

    /** Idempotent per post: a second read of it, from any client or instance, finds the first engagement. */
    private int read(String profileId, ReaderItem item, Instant now) {
        return engagements.record(profileId, new EngagementRequest(item.item().postId(), "read", null),
                "greader-read:" + item.item().postId(), now).created() ? 1 : 0;
    }

    private static ReaderItem keyOf(ReaderItem sample, Cursor cursor) {
        var key = new io.mentorfeed.api.digest.DigestItem(cursor.postId(), sample.item().mentor(), null, null,
                cursor.published(), sample.item().action(), null, null, 0, List.of(), List.of());
        return new ReaderItem(0, new ReadingListItem(key, "unread", false), null);
    }
}
