package io.mentorfeed.ingest.parse;

import io.mentorfeed.model.Person;
import io.mentorfeed.model.PodcastInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdom2.Element;

/**
 * Apple's podcast namespace (itunes:*), on the channel and on episodes, as its RSS feed requirements describe it:
 * yes/no flags in any case ("true", "clean" and "explicit" too), durations in seconds, MM:SS or HH:MM:SS,
 * comma-separated keywords, nested categories written "Business/Careers", artwork in itunes:image's href.
 */
final class PodcastFields {
    private PodcastFields() {}

    /** The show's fields, or null when the channel has none. */
    static PodcastInfo show(Element channel, URI base) {
        if (!hasAny(channel)) {
            return null;
        }
        Element owner = Xml.child(channel, Namespaces.ITUNES, "owner");
        Person ownerPerson = null;
        if (owner != null) {
            String name = Texts.plain(Xml.text(owner, Namespaces.ITUNES, "name"));
            String email = Texts.plain(Xml.text(owner, Namespaces.ITUNES, "email"));
            ownerPerson = name == null && email == null ? null : new Person(name, email, null);
        }
        return new PodcastInfo(author(channel), ownerPerson, summary(channel), subtitle(channel), explicit(channel),
                flag(channel, "block"), flag(channel, "complete"), Texts.plain(text(channel, "type")),
                categories(channel), keywords(channel), image(channel, base),
                Links.resolve(base, text(channel, "new-feed-url")));
    }

    static boolean hasAny(Element parent) {
        for (Element child : parent.getChildren()) {
            if (Namespaces.ITUNES.contains(child.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    static String author(Element parent) {
        return Texts.plainGuessingMarkup(text(parent, "author"));
    }

    static String summary(Element parent) {
        return Texts.multiline(Texts.htmlToText(text(parent, "summary")));
    }

    /** An episode's itunes:summary, else its subtitle, as text: the summary of an item that has no description. */
    static TextConstructs.Value summaryText(Element item) {
        String text = Texts.firstNonNull(summary(item), subtitle(item));
        return text == null ? null : TextConstructs.fromText(text);
    }

    static String subtitle(Element parent) {
        return Texts.plainGuessingMarkup(text(parent, "subtitle"));
    }

    static String title(Element parent) {
        return Texts.plainGuessingMarkup(text(parent, "title"));
    }

    static Boolean explicit(Element parent) {
        String value = lower(text(parent, "explicit"));
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "yes", "true", "explicit" -> true;
            case "no", "false", "clean" -> false;
            default -> null;
        };
    }

    /** itunes:block and itunes:complete: "Yes" (in any case) is yes; Apple says any other value has no effect. */
    static Boolean flag(Element parent, String name) {
        String value = lower(text(parent, name));
        return value == null ? null : value.equals("yes");
    }

    static List<String> keywords(Element parent) {
        String keywords = text(parent, "keywords");
        return keywords == null ? List.of() : Arrays.stream(keywords.split(",")).map(Texts::category)
                .filter(Objects::nonNull).distinct().limit(Texts.MAX_CATEGORIES).toList();
    }

    static String image(Element parent, URI base) {
        Element image = Xml.child(parent, Namespaces.ITUNES, "image");
        return image == null ? null : Links.resolve(base, Texts.firstNonNull(image.getAttributeValue("href"),
                image.getAttributeValue("url"), image.getTextTrim())); // href is Apple's; url and text are seen too
    }

    /** Seconds from "3723", "62:03" or "1:02:03"; null for anything else. */
    static Long duration(Element parent) {
        String value = text(parent, "duration");
        if (value == null || value.isBlank()) {
            return null;
        }
        long seconds = 0;
        String[] parts = value.strip().split(":");
        if (parts.length > 3) {
            return null;
        }
        for (String part : parts) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isDigit) || part.length() > 9) {
                return null;
            }
            seconds = seconds * 60 + Long.parseLong(part);
        }
        return seconds;
    }

    static Integer number(Element parent, String name) {
        String value = text(parent, name);
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> categories(Element channel) {
        List<String> names = new ArrayList<>();
        for (Element category : Xml.children(channel, Namespaces.ITUNES, "category")) {
            String top = Texts.category(category.getAttributeValue("text"));
            if (top == null) {
                continue;
            }
            List<Element> subcategories = Xml.children(category, Namespaces.ITUNES, "category");
            if (subcategories.isEmpty()) {
                names.add(top);
            }
            for (Element sub : subcategories) {
                String name = Texts.category(sub.getAttributeValue("text"));
                names.add(name == null ? top : top + "/" + name);
            }
        }
        return names.stream().distinct().limit(Texts.MAX_CATEGORIES).toList();
    }

    private static String text(Element parent, String name) {
        return Xml.text(parent, Namespaces.ITUNES, name);
    }

    private static String lower(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
