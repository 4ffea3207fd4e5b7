package io.mentorfeed.api.greader;

import io.mentorfeed.api.web.PageItem;
import io.mentorfeed.api.web.PageItems;
import io.mentorfeed.api.web.PlainText;
import io.mentorfeed.api.web.Templates;
import java.util.Map;

/**
 * An item's content as a feed reader shows it: first what mentorfeed says (the action, respond-by time, window
 * and reasons), then the post's text, then a link to the post. Rendered by the page's template engine, every
 * value escaped: the post's text is plain text, so nothing from the feed reaches the client as markup.
 */
public final class ItemContent {
    /** A feed reader shows the whole text the processor kept, up to this. */
    static final int TEXT_CHARS = 20_000;

    private final Templates templates;

    public ItemContent(Templates templates) {
        this.templates = templates;
    }

    public String html(ReaderItem item, PageItems items, String text) {
        PageItem shown = items.of(item.item(), item.listed().status(), item.starred());
        return templates.render("greader-item", Map.of("i", shown,
                "text", PlainText.paragraphs(text, TEXT_CHARS), "labels", item.labels()));
    }

    /** A title as text; the angle brackets become look-alikes, since some clients put titles in HTML as they are. */
    public static String title(String title) {
        return PlainText.oneLine(title == null || title.isBlank() ? "(untitled)" : title, 500)
                .replace('<', '‹').replace('>', '›');
    }
}
