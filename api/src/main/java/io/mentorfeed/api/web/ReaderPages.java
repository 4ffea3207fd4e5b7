package io.mentorfeed.api.web;

import io.mentorfeed.api.digest.Digest;
import io.mentorfeed.api.digest.DigestItem;
import io.mentorfeed.api.digest.DigestService;
import io.mentorfeed.api.ops.OpsService;
import io.mentorfeed.api.readinglist.ReadingListItem;
import io.mentorfeed.api.readinglist.ReadingListPage;
import io.mentorfeed.api.readinglist.ReadingListQuery;
import io.mentorfeed.api.readinglist.ReadingListService;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each page shows, as template models: today's digest by section, the reading list with its filters, the
 * mentors (and, for admins, the registry and the feeds' health). Items the reader already acted on leave the
 * digest at once, before the processor has closed their recommendation; each section shows at most
 * {@link #MAX_PER_SECTION} items and says how many more the reading list has.
 */
public final class ReaderPages {
    /** A few minutes a day: the rest of a long section is one click away, in the reading list. */
    static final int MAX_PER_SECTION = 10;

    private final ReadModelView view;
    private final DigestService digests;
    private final ReadingListService readingLists;
    private final OpsService ops;

    public ReaderPages(ReadModelView view, DigestService digests, ReadingListService readingLists, OpsService ops) {
        this.view = view;
        this.digests = digests;
        this.readingLists = readingLists;
        this.ops = ops;
    }

    public Map<String, Object> home(Profile profile, Instant now) {
        Digest digest = digests.digest(profile.id(), null, now);
        Map<String, ReadingListItem> byPost = new HashMap<>();
        readingLists.all(profile.id(), now).forEach(i -> byPost.put(i.item().postId(), i));
        PageItems items = new PageItems(view, profile.timeZone(), now);
        List<Map<String, Object>> sections = new ArrayList<>();
        section(sections, "respond-now", "Respond now", "Fresh posts where a reply from you will be read.",
                digest.respondNow(), byPost, items);
        section(sections, "events", "Events", "Something you could attend.", digest.events(), byPost, items);
        section(sections, "personal-news", "Personal news", "A word of support or congratulations goes a long way.",
                digest.personalNews(), byPost, items);
        section(sections, "respond-later", "Respond later", "Worth a reply, once the time is right.",
                digest.respondLater(), byPost, items);
        section(sections, "worth-reading", "Worth reading", "No reply needed.", digest.worthReading(), byPost, items);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("day", items.when(now).replaceAll(",.*", "") + " (" + profile.timeZone().getId() + ")");
        model.put("sections", sections);
        model.put("count", sections.stream().mapToInt(s -> ((List<?>) s.get("items")).size()).sum());
        model.put("unread", byPost.values().stream().filter(ReadingListItem::unread).count());
        return model;
    }

    private static void section(List<Map<String, Object>> sections, String id, String title, String intro,
                                List<DigestItem> digestItems, Map<String, ReadingListItem> byPost, PageItems items) {
        List<PageItem> shown = new ArrayList<>();
        int more = 0;
        for (DigestItem item : digestItems) {
            ReadingListItem state = byPost.get(item.postId());
            if (state != null && !state.unread()) {
                continue;
            }
            if (shown.size() < MAX_PER_SECTION) {
                shown.add(items.of(item, "unread", state != null && state.starred()));
            } else {
                more++;
            }
        }
        sections.add(Map.of("id", id, "title", title, "intro", intro, "items", shown, "more", more));
    }

    public Map<String, Object> readingList(Profile profile, ReadingListQuery query, Instant now) {
        ReadingListPage page = readingLists.page(profile.id(), query, now);
        PageItems items = new PageItems(view, profile.timeZone(), now);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("items", page.items().stream().map(i -> items.of(i.item(), i.status(), i.starred())).toList());
        model.put("nextCursor", page.nextCursor() == null ? "" : page.nextCursor());
        model.put("status", query.status().name().toLowerCase(java.util.Locale.ROOT));
        model.put("mentor", query.mentor() == null ? "" : query.mentor());
        model.put("action", query.action() == null ? "" : query.action().wireName());
        model.put("tag", query.tag() == null ? "" : query.tag());
        model.put("mentors", mentorsOf(profile).stream().map(m -> Map.of("id", m.id(), "name", m.name())).toList());
        return model;
    }

    /** The reader's mentors; for an admin, every mentor of the registry and the health of every feed too. */
    public Map<String, Object> mentors(Profile profile, boolean admin, Instant now) {
        PageItems items = new PageItems(view, profile.timeZone(), now);
        List<Mentor> shown = admin ? view.mentors().stream().sorted(Comparator.comparing(Mentor::id)).toList()
                : mentorsOf(profile);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("mentors", shown.stream().map(m -> mentorRow(m, profile)).toList());
        model.put("feeds", admin ? ops.feeds().stream().map(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("mentorId", f.mentorId());
            row.put("feedUrl", PlainText.oneLine(f.feedUrl(), 300));
            row.put("lastFetch", items.when(f.lastFetchAt()));
            row.put("lastStatus", f.lastStatus() == null ? "" : String.valueOf(f.lastStatus()));
            row.put("nextPoll", items.when(f.nextPollAt()));
            row.put("errors", f.consecutiveErrors());
            row.put("lastError", PlainText.oneLine(f.lastError(), 200));
            row.put("healthy", f.healthy());
            row.put("paused", f.paused());
            return row;
        }).toList() : List.of());
        return model;
    }

    private static Map<String, Object> mentorRow(Mentor mentor, Profile profile) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", mentor.id());
        row.put("name", PlainText.oneLine(mentor.name(), 200));
        row.put("kind", mentor.kind().wireName());
        row.put("feedUrl", PlainText.oneLine(mentor.feedUrl(), 500));
        row.put("siteUrl", io.mentorfeed.model.WebLinks.clickable(mentor.siteUrl()));
        row.put("paused", mentor.paused());
        row.put("following", profile.follows(mentor.id()));
        return row;
    }

    private List<Mentor> mentorsOf(Profile profile) {
        return profile.following().stream().map(view::mentor).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Mentor::name)).toList();
    }
}
