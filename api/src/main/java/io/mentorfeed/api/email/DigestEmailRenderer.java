package io.mentorfeed.api.email;

import io.mentorfeed.api.digest.Digest;
import io.mentorfeed.api.digest.DigestItem;
import io.mentorfeed.api.view.PostCard;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.WebLinks;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * Renders a {@link Digest} as an email with Pebble: an HTML part (table layout, inline CSS, no script: what mail
 * clients render alike) and a plain-text part. The HTML engine escapes every value; the one value placed raw is
 * the post summary, which has been through {@link FeedHtml#sanitize}.
 */
public final class DigestEmailRenderer {
    private static final String TEMPLATES = "io/mentorfeed/api/email/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final int SUMMARY_TEXT_CHARS = 280;
    /** A short email: the rest of a long section is one line away in the reading list. */
    static final int MAX_PER_SECTION = 5;
    /** An unsubscribe link must keep working in an old email (RFC 8058), long after the action buttons expire. */
    static final Duration MIN_UNSUBSCRIBE_LIFETIME = Duration.ofDays(60);

    private final PebbleTemplate html;
    private final PebbleTemplate text;
    private final ActionLinks links;
    private final EmailConfig config;
    private final Function<String, Optional<PostCard>> posts;

    /** @param posts the read model's posts, for their summaries */
    public DigestEmailRenderer(EmailConfig config, ActionLinks links, Function<String, Optional<PostCard>> posts) {
        this.config = config;
        this.links = links;
        this.posts = posts;
        this.html = engine(true).getTemplate(TEMPLATES + "digest.html.peb");
        this.text = engine(false).getTemplate(TEMPLATES + "digest.txt.peb");
    }

    /** HTML: every value escaped, layout newlines trimmed. Text: nothing escaped, every newline as written. */
    private static PebbleEngine engine(boolean html) {
        return new PebbleEngine.Builder().loader(new ClasspathLoader()).strictVariables(true)
                .autoEscaping(html).defaultEscapingStrategy("html").newLineTrimming(html).cacheActive(true).build();
    }

    public DigestEmail render(Profile profile, Digest digest, Instant now) {
        Instant expires = now.plus(config.linkLifetime());
        List<Map<String, Object>> sections = new ArrayList<>();
        section(sections, "Respond now", "Fresh posts where a reply from you will be read.", digest.respondNow(), profile, now, expires);
        section(sections, "Events", "Something you could attend.", digest.events(), profile, now, expires);
        section(sections, "Personal news", "A word of support or congratulations goes a long way.", digest.personalNews(), profile, now, expires);
        section(sections, "Respond later", "Worth a reply, once the time is right.", digest.respondLater(), profile, now, expires);
        section(sections, "Worth reading", "No reply needed.", digest.worthReading(), profile, now, expires);
        int count = sections.stream().mapToInt(s -> ((List<?>) s.get("items")).size()).sum();
        Instant unsubscribeExpires = now.plus(config.linkLifetime().compareTo(MIN_UNSUBSCRIBE_LIFETIME) > 0
                ? config.linkLifetime() : MIN_UNSUBSCRIBE_LIFETIME);
        String unsubscribe = url(new EmailAction(profile.id(), EmailAction.UNSUBSCRIBE, null, unsubscribeExpires));

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", profile.name());
        model.put("day", digest.date().format(DAY));
        model.put("timeZone", digest.timeZone());
        model.put("count", count);
        model.put("sections", sections);
        model.put("unsubscribe", unsubscribe);
        model.put("linkDays", config.linkLifetime().toDays());
        String subject = subject(count, sections);
        model.put("subject", subject);
        return new DigestEmail(profile.id(), digest.date(), profile.email(), subject, evaluate(html, model),
                evaluate(text, model), messageId(profile.id(), digest), unsubscribe, count);
    }

    /** "3 posts today: “Top title”", the top item being the first of the first non-empty section. */
    private static String subject(int count, List<Map<String, Object>> sections) {
        if (count == 0) {
            return "Nothing to respond to today";
        }
        @SuppressWarnings("unchecked")
        var first = ((List<Map<String, Object>>) sections.getFirst().get("items")).getFirst();
        return FeedHtml.oneLine(count + (count == 1 ? " post" : " posts") + " today: “" + first.get("title") + "”", 140);
    }

    private String messageId(String profileId, Digest digest) {
        String from = config.from() == null ? "mentorfeed.local" : config.from();
        String domain = from.replaceAll(".*@", "").replaceAll("[^A-Za-z0-9.-]", "");
        return "<digest." + profileId + "." + digest.date() + "@" + (domain.isEmpty() ? "mentorfeed.local" : domain) + ">";
    }

    private void section(List<Map<String, Object>> sections, String title, String intro, List<DigestItem> items,
                         Profile profile, Instant now, Instant expires) {
        if (items.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (DigestItem item : items.subList(0, Math.min(items.size(), MAX_PER_SECTION))) {
            rendered.add(item(item, profile, now, expires));
        }
        sections.add(Map.of("title", title, "intro", intro, "items", rendered, "more", items.size() - rendered.size()));
    }

    private Map<String, Object> item(DigestItem item, Profile profile, Instant now, Instant expires) {
        String summaryHtml = FeedHtml.sanitize(posts.apply(item.postId()).map(PostCard::summary).orElse(null));
        String summaryText = FeedHtml.oneLine(Jsoup.parse(summaryHtml).text(), SUMMARY_TEXT_CHARS);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", FeedHtml.oneLine(item.title() == null ? "(untitled)" : item.title(), 200));
        model.put("link", WebLinks.clickable(item.link()));
        model.put("mentor", FeedHtml.oneLine(item.mentor().name(), 100));
        model.put("reasons", item.reasons().stream().map(r -> FeedHtml.oneLine(r, 300)).toList());
        model.put("summaryHtml", summaryHtml);
        model.put("summaryText", summaryText);
        model.put("closes", item.window() == null || item.window().closesAt().isBefore(now) ? ""
                : item.window().closesAt().atZone(profile.timeZone()).format(WHEN));
        List<Map<String, String>> actions = new ArrayList<>();
        actions.add(Map.of("label", "I commented", "url", url(new EmailAction(profile.id(), "commented", item.postId(), expires))));
        actions.add(Map.of("label", "Skip", "url", url(new EmailAction(profile.id(), "skipped", item.postId(), expires))));
        actions.add(Map.of("label", "Snooze", "url", url(new EmailAction(profile.id(), "snoozed", item.postId(), expires))));
        model.put("actions", actions);
        return model;
    }

    private String url(EmailAction action) {
        return java.util.Objects.requireNonNullElse(config.baseUrl(), "") + "/api/v1/email-actions/" + links.sign(action);
    }

    private static String evaluate(PebbleTemplate template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, model, Locale.ENGLISH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
