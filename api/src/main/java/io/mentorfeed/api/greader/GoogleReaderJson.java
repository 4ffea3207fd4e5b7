package io.mentorfeed.api.greader;

import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.api.web.PageItems;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.api.view.PostCard;
import io.mentorfeed.model.Profile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Google Reader API's JSON answers, in the field names clients read (as FreshRSS and Miniflux write them). */
public final class GoogleReaderJson {
    private final ReadModelView view;
    private final ItemContent content;

    public GoogleReaderJson(ReadModelView view, ItemContent content) {
        this.view = view;
        this.content = content;
    }

    public Map<String, Object> subscriptions(List<Mentor> mentors) {
        List<Map<String, Object>> subscriptions = new ArrayList<>();
        for (Mentor mentor : mentors) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", StreamId.FEED_PREFIX + mentor.id());
            s.put("title", ItemContent.title(mentor.name()));
            s.put("categories", List.of());
            s.put("url", mentor.feedUrl());
            s.put("htmlUrl", mentor.siteUrl() == null ? "" : mentor.siteUrl());
            s.put("iconUrl", "");
            subscriptions.add(s);
        }
        return Map.of("subscriptions", subscriptions);
    }

    public Map<String, Object> tags() {
        List<Map<String, Object>> tags = new ArrayList<>();
        tags.add(Map.of("id", StreamId.STATE_PREFIX + "starred"));
        ReaderItem.LABELS.forEach(l -> tags.add(Map.of("id", StreamId.LABEL_PREFIX + l, "label", l, "type", "tag")));
        return Map.of("tags", tags);
    }

    public Map<String, Object> unreadCounts(List<ReaderItem> items, List<Mentor> mentors) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (Mentor mentor : mentors) {
            counts.add(count(StreamId.FEED_PREFIX + mentor.id(), items.stream()
                    .filter(i -> i.mentorId().equals(mentor.id())).toList()));
        }
        for (String label : ReaderItem.LABELS) {
            counts.add(count(StreamId.LABEL_PREFIX + label, items.stream().filter(i -> i.labels().contains(label))
                    .toList()));
        }
        Map<String, Object> total = count(StreamId.READING_LIST, items);
        counts.add(total);
        return Map.of("max", total.get("count"), "unreadcounts", counts);
    }

    private static Map<String, Object> count(String id, List<ReaderItem> items) {
        long newest = items.stream().map(i -> i.item().published()).max(Instant::compareTo).map(GoogleReaderJson::usec)
                .orElse(0L);
        return Map.of("id", id, "count", items.stream().filter(i -> !i.read()).count(),
                "newestItemTimestampUsec", String.valueOf(newest));
    }

    public Map<String, Object> itemRefs(GoogleReaderService.Page page) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("itemRefs", page.items().stream().map(i -> Map.of("id", String.valueOf(i.id()),
                "directStreamIds", List.of(StreamId.FEED_PREFIX + i.mentorId()),
                "timestampUsec", String.valueOf(usec(i.item().published())))).toList());
        if (page.continuation() != null) {
            answer.put("continuation", page.continuation());
        }
        return answer;
    }

    public Map<String, Object> contents(String streamId, String title, List<ReaderItem> items, String continuation,
                                        Profile profile, Instant now) {
        PageItems pageItems = new PageItems(view, profile.timeZone(), now);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("direction", "ltr");
        answer.put("id", streamId);
        answer.put("title", title);
        answer.put("author", profile.name());
        answer.put("updated", now.getEpochSecond());
        answer.put("items", items.stream().map(i -> item(i, pageItems)).toList());
        if (continuation != null) {
            answer.put("continuation", continuation);
        }
        return answer;
    }

    Map<String, Object> item(ReaderItem i, PageItems pageItems) {
        Instant published = i.item().published();
        PostCard post = view.post(i.item().postId()).orElse(null);
        Mentor mentor = view.mentor(i.mentorId()).orElse(null);
        String html = content.html(i, pageItems, post == null ? null : post.text());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", ItemIds.longForm(i.id()));
        item.put("crawlTimeMsec", String.valueOf(published.toEpochMilli()));
        item.put("timestampUsec", String.valueOf(usec(published)));
        item.put("published", published.getEpochSecond());
        item.put("updated", published.getEpochSecond());
        item.put("title", ItemContent.title(i.item().title()));
        item.put("author", ItemContent.title(post != null && post.author() != null ? post.author()
                : i.item().mentor().name()));
        if (i.item().link() != null) {
            item.put("canonical", List.of(Map.of("href", i.item().link())));
            item.put("alternate", List.of(Map.of("href", i.item().link(), "type", "text/html")));
        }
        item.put("categories", categories(i));
        item.put("origin", Map.of("streamId", StreamId.FEED_PREFIX + i.mentorId(),
                "title", ItemContent.title(i.item().mentor().name()),
                "htmlUrl", mentor == null || mentor.siteUrl() == null ? "" : mentor.siteUrl()));
        item.put("summary", Map.of("direction", "ltr", "content", html));
        item.put("content", Map.of("direction", "ltr", "content", html));
        return item;
    }

    static List<String> categories(ReaderItem i) {
        List<String> categories = new ArrayList<>();
        categories.add(StreamId.READING_LIST);
        if (i.read()) {
            categories.add(StreamId.STATE_PREFIX + "read");
        }
        if (i.starred()) {
            categories.add(StreamId.STATE_PREFIX + "starred");
        }
        i.labels().forEach(l -> categories.add(StreamId.LABEL_PREFIX + l));
        return categories;
    }

    static long usec(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }
}
