package io.mentorfeed.bench.fidelity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.modules.itunes.AbstractITunesObject;
import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.FeedInformation;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.Date;
import java.util.List;

/**
 * What a program using bare Rome gets, written in the normalized entry's field names so the same expectations can be
 * checked against it: each field straight from Rome's SyndFeed model and its iTunes and Media RSS modules, as a Rome
 * user would read them, with nothing resolved, sanitized or inferred beyond what Rome does.
 */
final class RomeAsNormalized {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RomeAsNormalized() {}

    static ObjectNode of(SyndFeed feed) {
        ObjectNode document = JSON.objectNode();
        ObjectNode info = document.putObject("feed");
        put(info, "title", feed.getTitle());
        put(info, "link", feed.getLink());
        put(info, "description", feed.getDescription());
        put(info, "language", feed.getLanguage());
        put(info, "author", feed.getAuthor());
        put(info, "updated", feed.getPublishedDate());
        put(info, "format", feed.getFeedType());
        put(info, "rights", feed.getCopyright());
        put(info, "generator", feed.getGenerator());
        if (feed.getImage() != null) {
            put(info, "image", feed.getImage().getUrl());
            put(info, "imageTitle", feed.getImage().getTitle());
            put(info, "imageLink", feed.getImage().getLink());
            put(info, "imageDescription", feed.getImage().getDescription());
        }
        people(info, "authors", feed.getAuthors());
        categories(info, feed.getCategories());
        if (feed.getModule(AbstractITunesObject.URI) instanceof FeedInformation itunes) {
            ObjectNode podcast = info.putObject("podcast");
            put(podcast, "author", itunes.getAuthor());
            put(podcast, "summary", itunes.getSummary());
            put(podcast, "subtitle", itunes.getSubtitle());
            put(podcast, "type", itunes.getType());
            put(podcast, "imageUrl", itunes.getImageUri());
            put(podcast, "newFeedUrl", itunes.getNewFeedUrl());
            if (itunes.getExplicitNullable() != null) {
                podcast.put("explicit", itunes.getExplicitNullable());
            }
            keywords(podcast, itunes.getKeywords());
        }
        ArrayNode entries = document.putArray("entries");
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entry(entry));
        }
        return document;
    }

    private static ObjectNode entry(SyndEntry entry) {
        ObjectNode out = JSON.objectNode();
        put(out, "id", entry.getUri());
        put(out, "title", entry.getTitle());
        put(out, "link", entry.getLink());
        put(out, "author", entry.getAuthor());
        people(out, "authors", entry.getAuthors());
        people(out, "contributors", entry.getContributors());
        put(out, "published", entry.getPublishedDate());
        put(out, "updated", entry.getUpdatedDate());
        if (entry.getDescription() != null) {
            put(out, "summary", entry.getDescription().getValue());
            put(out, "summaryType", entry.getDescription().getType());
        }
        if (!entry.getContents().isEmpty()) {
            SyndContent content = entry.getContents().getFirst();
            put(out, "contentHtml", content.getValue());
            put(out, "contentType", content.getType());
        }
        categories(out, entry.getCategories());
        put(out, "commentsUrl", entry.getComments());
        ArrayNode enclosures = out.putArray("enclosures");
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            ObjectNode e = enclosures.addObject();
            put(e, "url", enclosure.getUrl());
            put(e, "type", enclosure.getType());
            if (enclosure.getLength() > 0) {
                e.put("length", enclosure.getLength());
            }
        }
        if (entry.getSource() != null) {
            ObjectNode source = out.putObject("source");
            put(source, "title", entry.getSource().getTitle());
            put(source, "link", entry.getSource().getLink());
        }
        ObjectNode media = JSON.objectNode();
        if (entry.getModule(AbstractITunesObject.URI) instanceof EntryInformation itunes) {
            if (itunes.getDuration() != null) {
                media.put("durationSeconds", itunes.getDuration().getMilliseconds() / 1000);
            }
            if (itunes.getExplicitNullable() != null) {
                media.put("explicit", itunes.getExplicitNullable());
            }
            put(media, "imageUrl", itunes.getImageUri());
            put(media, "author", itunes.getAuthor());
            put(media, "summary", itunes.getSummary());
            put(media, "subtitle", itunes.getSubtitle());
            put(media, "title", itunes.getTitle());
            if (itunes.getEpisode() != null) {
                media.put("episode", itunes.getEpisode());
            }
            if (itunes.getSeason() != null) {
                media.put("season", itunes.getSeason());
            }
            put(media, "episodeType", itunes.getEpisodeType());
            keywords(media, itunes.getKeywords());
        }
        if (entry.getModule(MediaModule.URI) instanceof MediaEntryModule mrss && mrss.getMetadata() != null
                && mrss.getMetadata().getThumbnail() != null && mrss.getMetadata().getThumbnail().length > 0) {
            put(media, "thumbnailUrl", String.valueOf(mrss.getMetadata().getThumbnail()[0].getUrl()));
        }
        if (!media.isEmpty()) {
            out.set("media", media);
        }
        return out;
    }

    private static void people(ObjectNode out, String field, List<SyndPerson> people) {
        ArrayNode list = out.putArray(field);
        for (SyndPerson person : people) {
            ObjectNode p = list.addObject();
            put(p, "name", person.getName());
            put(p, "email", person.getEmail());
            put(p, "uri", person.getUri());
        }
    }

    private static void categories(ObjectNode out, List<SyndCategory> categories) {
        ArrayNode list = out.putArray("categories");
        categories.forEach(c -> list.add(c.getName()));
    }

    private static void keywords(ObjectNode out, String[] keywords) {
        ArrayNode list = out.putArray("keywords");
        if (keywords != null) {
            for (String keyword : keywords) {
                list.add(keyword);
            }
        }
    }

    private static void put(ObjectNode out, String field, String value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    private static void put(ObjectNode out, String field, Date value) {
        if (value != null) {
            out.put(field, value.toInstant().toString());
        }
    }
}
