package io.mentorfeed.api.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.mentorfeed.api.digest.DigestItem;
import io.mentorfeed.api.readinglist.ReadingListItem;
import io.mentorfeed.model.Json;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a reading-list page as RSS 2.0 or Atom 1.0 (through Rome's SyndFeedOutput) or JSON Feed 1.1 (through
 * Jackson). Each entry's id is the post id, stable across renders, so feed readers never show an item twice; its
 * text says the action, the window and the reasons.
 */
public final class ReadingListFeedWriter {

    public String write(FeedFormat format, FeedMeta meta, List<ReadingListItem> items) {
        return switch (format) {
            case RSS -> rome("rss_2.0", meta, items);
            case ATOM -> rome("atom_1.0", meta, items);
            case JSON_FEED -> jsonFeed(meta, items);
        };
    }

    private String rome(String type, FeedMeta meta, List<ReadingListItem> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(meta.title());
        feed.setUri(meta.selfUrl());
        feed.setLink(meta.homeUrl());
        feed.setDescription("What to read and respond to, from mentorfeed");
        feed.setPublishedDate(Date.from(meta.updated()));
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(meta.selfUrl());
        SyndLink home = new SyndLinkImpl();
        home.setRel("alternate");
        home.setHref(meta.homeUrl());
        feed.setLinks(List.of(home, self));
        List<SyndEntry> entries = new ArrayList<>();
        for (ReadingListItem listed : items) {
            DigestItem item = listed.item();
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("urn:mentorfeed:post:" + item.postId());
            entry.setTitle(item.title());
            entry.setLink(item.link());
            entry.setAuthor(item.mentor().name());
            entry.setPublishedDate(Date.from(item.published()));
            entry.setUpdatedDate(Date.from(item.published()));
            SyndContent text = new SyndContentImpl();
            text.setType("text/plain");
            text.setValue(summary(item));
            entry.setDescription(text);
            List<SyndCategory> categories = new ArrayList<>();
            for (String tag : item.tags()) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(tag);
                categories.add(category);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the reading list as " + type, e);
        }
    }

    private String jsonFeed(FeedMeta meta, List<ReadingListItem> items) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", meta.title());
        feed.put("home_page_url", meta.homeUrl());
        feed.put("feed_url", meta.selfUrl());
        List<Map<String, Object>> jsonItems = new ArrayList<>();
        for (ReadingListItem listed : items) {
            DigestItem item = listed.item();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", "urn:mentorfeed:post:" + item.postId());
            if (item.link() != null) {
                json.put("url", item.link());
            }
            json.put("title", item.title());
            json.put("content_text", summary(item));
            json.put("date_published", item.published().toString());
            json.put("authors", List.of(Map.of("name", item.mentor().name())));
            json.put("tags", item.tags());
            jsonItems.add(json);
        }
        feed.put("items", jsonItems);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the reading list as JSON Feed", e);
        }
    }

    /** Plain text for feed readers: what to do, until when, and why. */
    static String summary(DigestItem item) {
        StringBuilder text = new StringBuilder(item.action().wireName());
        if (item.window() != null) {
            text.append(" (best before ").append(item.window().bestBefore()).append(", closes ")
                    .append(item.window().closesAt()).append(')');
        }
        for (String reason : item.reasons()) {
            text.append("\n- ").append(reason);
        }
        return text.toString();
    }
}
