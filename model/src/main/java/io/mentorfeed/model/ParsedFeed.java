package io.mentorfeed.model;

import java.util.List;

/** A whole feed after parsing and normalizing: its own fields and its entries, newest as the feed orders them. */
public record ParsedFeed(FeedInfo feed, List<FeedEntry> entries) {
    public ParsedFeed {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
