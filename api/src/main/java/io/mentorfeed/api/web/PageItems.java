package io.mentorfeed.api.web;

import io.mentorfeed.api.digest.DigestItem;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Action;
import io.mentorfeed.api.view.PostCard;
import io.mentorfeed.model.WebLinks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Turns digest and reading-list items into {@link PageItem}s for one reader at one instant. */
public final class PageItems {
    static final int SUMMARY_CHARS = 600;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final ReadModelView view;
    private final ZoneId zone;
    private final Instant now;

    public PageItems(ReadModelView view, ZoneId zone, Instant now) {
        this.view = view;
        this.zone = zone;
        this.now = now;
    }

    public PageItem of(DigestItem item, String status, boolean starred) {
        boolean respond = item.action() == Action.RESPOND_NOW || item.action() == Action.RESPOND_LATER;
        Instant bestBefore = item.window() == null ? null : item.window().bestBefore();
        Instant closes = item.window() == null ? null : item.window().closesAt();
        String summary = view.post(item.postId()).map(PostCard::summary).orElse(null);
        return new PageItem(item.postId(), item.mentor().id(), PlainText.oneLine(item.mentor().name(), 100),
                PlainText.oneLine(item.title() == null || item.title().isBlank() ? "(untitled)" : item.title(), 300),
                WebLinks.clickable(item.link()), item.action().wireName(), label(item.action()),
                when(item.published()), respond ? future(bestBefore) : "",
                item.action() == Action.RESPOND_LATER ? future(item.eligibleAt()) : "", future(closes),
                item.reasons().stream().map(r -> PlainText.oneLine(r, 300)).toList(),
                PlainText.paragraphs(summary, SUMMARY_CHARS),
                item.tags().stream().map(t -> PlainText.oneLine(t, 64)).toList(), status, starred);
    }

    public static String label(Action action) {
        return switch (action) {
            case RESPOND_NOW -> "Respond now";
            case RESPOND_LATER -> "Respond later";
            case READ -> "Worth reading";
            case SKIP -> "Skip";
        };
    }

    public String when(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(WHEN);
    }

    private String future(Instant instant) {
        return instant == null || !instant.isAfter(now) ? "" : when(instant);
    }
}
