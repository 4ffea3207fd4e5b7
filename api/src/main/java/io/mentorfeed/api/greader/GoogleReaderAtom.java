package io.mentorfeed.api.greader;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.mentorfeed.api.web.PageItems;
import io.mentorfeed.api.view.PostCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A stream as Google Reader's Atom ({@code /reader/atom/<stream>}), what older clients read, newsboat's FeedHQ and
 * The Old Reader sources among them: each entry's id is the item's long form (the client sends it back to
 * edit-tag), its state a category in Google's scheme labelled {@code read} or {@code fresh} (and
 * {@code starred}, and mentorfeed's labels), its content the same HTML as the JSON API's.
 */
public final class GoogleReaderAtom {
    static final String SCHEME = "http://www.google.com/reader/";

    private final io.mentorfeed.api.view.ReadModelView view;
    private final ItemContent content;

    public GoogleReaderAtom(io.mentorfeed.api.view.ReadModelView view, ItemContent content) {
        this.view = view;
        this.content = content;
    }

    public String write(String streamId, String title, String selfUrl, List<ReaderItem> items, PageItems pageItems,
                        Instant now) {
        Feed feed = new Feed("atom_1.0");
        feed.setId("tag:google.com,2005:reader/" + streamId);
        feed.setTitle(title);
        feed.setUpdated(Date.from(now));
        Link self = new Link();
        self.setRel("self");
        self.setHref(selfUrl);
        feed.setOtherLinks(List.of(self));
        List<Entry> entries = new ArrayList<>();
        for (ReaderItem item : items) {
            entries.add(entry(item, pageItems));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the stream as Atom", e);
        }
    }

    private Entry entry(ReaderItem item, PageItems pageItems) {
        Entry entry = new Entry();
        entry.setId(ItemIds.longForm(item.id()));
        entry.setTitle(ItemContent.title(item.item().title()));
        entry.setPublished(Date.from(item.item().published()));
        entry.setUpdated(Date.from(item.item().published()));
        if (item.item().link() != null) {
            Link link = new Link();
            link.setRel("alternate");
            link.setType("text/html");
            link.setHref(item.item().link());
            entry.setAlternateLinks(List.of(link));
        }
        Person author = new Person();
        author.setName(ItemContent.title(item.item().mentor().name()));
        entry.setAuthors(List.<SyndPerson>of(author));
        Content html = new Content();
        html.setType("html");
        html.setValue(content.html(item, pageItems, view.post(item.item().postId()).map(PostCard::text).orElse(null)));
        entry.setContents(List.of(html));
        List<Category> categories = new ArrayList<>();
        categories.add(category(StreamId.READING_LIST, "reading-list"));
        categories.add(item.read() ? category(StreamId.STATE_PREFIX + "read", "read")
                : category(StreamId.STATE_PREFIX + "fresh", "fresh"));
        if (item.starred()) {
            categories.add(category(StreamId.STATE_PREFIX + "starred", "starred"));
        }
        item.labels().forEach(l -> categories.add(category(StreamId.LABEL_PREFIX + l, l)));
        entry.setCategories(categories);
        return entry;
    }

    private static Category category(String term, String label) {
        Category category = new Category();
        category.setScheme(SCHEME);
        category.setTerm(term);
        category.setLabel(label);
        return category;
    }
}
