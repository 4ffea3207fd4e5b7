package io.mentorfeed.ingest.parse;

import io.mentorfeed.model.EntryMedia;
import io.mentorfeed.model.MediaContent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jdom2.Element;

/**
 * The media fields of a video or podcast entry: Media RSS 1.5.1 (media:content and media:group, media:title,
 * media:description, media:thumbnail, media:player, media:keywords, media:community) and the iTunes episode tags.
 * An element of a media:content or media:group applies to it, and one of the item to all of them: the first found
 * from the item down wins for the single-valued fields.
 */
final class MediaFields {
    private MediaFields() {}

    /** The entry's media fields, or null when it has none. */
    static EntryMedia of(Element item, URI base) {
        boolean itunes = PodcastFields.hasAny(item);
        if (!itunes && !hasMedia(item)) {
            return null;
        }
        List<Element> scopes = scopes(item);
        if (scopes.size() == 1 && !itunes && !hasMedia(item)) {
            return null;
        }
        List<MediaContent> contents = new ArrayList<>();
        for (Element scope : scopes) {
            for (Element content : Xml.children(scope, Namespaces.MEDIA, "content")) {
                MediaContent parsed = content(content, base);
                if (parsed != null && contents.size() < Texts.MAX_ENCLOSURES) {
                    contents.add(parsed);
                }
            }
        }
        Long duration = itunes ? PodcastFields.duration(item) : null;
        if (duration == null) {
            duration = contents.stream().map(MediaContent::durationSeconds).filter(Objects::nonNull).findFirst()
                    .orElse(null);
        }
        String itunesImage = itunes ? PodcastFields.image(item, base) : null;
        String thumbnail = first(scopes, Namespaces.MEDIA, "thumbnail", e -> Links.resolve(base, e.getAttributeValue("url")));
        Element description = first(scopes, "description");
        Element community = first(scopes, "community");
        Element starRating = Xml.child(community, Namespaces.MEDIA, "starRating");
        Element statistics = Xml.child(community, Namespaces.MEDIA, "statistics");
        Element player = first(scopes, "player");
        String playerUrl = player == null ? null : Links.resolve(base, player.getAttributeValue("url"));
        if (playerUrl == null) {
            playerUrl = contents.stream().filter(MediaFields::isPlayer).map(MediaContent::url).findFirst().orElse(null);
        }
        Element title = first(scopes, "title");
        List<String> keywords = keywords(first(scopes, "keywords"));
        EntryMedia media = EntryMedia.builder()
                .thumbnailUrl(thumbnail != null ? thumbnail : itunesImage)
                .durationSeconds(duration)
                .playerUrl(playerUrl)
                .views(longValue(statistics == null ? null : statistics.getAttributeValue("views")))
                .rating(doubleValue(starRating == null ? null : starRating.getAttributeValue("average")))
                .title(title != null ? TextConstructs.plain(title, typeOf(title)) : itunes ? PodcastFields.title(item) : null)
                .description(description == null ? null : plainText(description))
                .keywords(!keywords.isEmpty() ? keywords : itunes ? PodcastFields.keywords(item) : List.of())
                .contents(contents)
                .season(itunes ? PodcastFields.number(item, "season") : null)
                .episode(itunes ? PodcastFields.number(item, "episode") : null)
                .episodeType(itunes ? Texts.plain(Xml.text(item, Namespaces.ITUNES, "episodeType")) : null)
                .explicit(itunes ? PodcastFields.explicit(item) : null)
                .author(itunes ? PodcastFields.author(item) : null)
                .subtitle(itunes ? PodcastFields.subtitle(item) : null)
                .summary(itunes ? PodcastFields.summary(item) : null)
                .block(itunes ? PodcastFields.flag(item, "block") : null)
                .imageUrl(itunesImage)
                .build();
        return media.saysNothing() ? null : media;
    }

    /** The description media carries, as plain text with its line breaks, for entries with no summary. */
    static String plainText(Element description) {
        return "html".equalsIgnoreCase(description.getAttributeValue("type"))
                ? Texts.multiline(Texts.htmlToText(description.getText()))
                : Texts.multiline(description.getText());
    }

    /** The media:description of the item or its groups, as text: the summary of a video with no other. */
    static TextConstructs.Value descriptionText(Element item) {
        Element description = hasMedia(item) ? first(scopes(item), "description") : null;
        String text = description == null ? null : plainText(description);
        return text == null ? null : TextConstructs.fromText(text);
    }

    /** The item, then its media:group elements, then every media:content: where media elements may be. */
    private static List<Element> scopes(Element item) {
        List<Element> scopes = new ArrayList<>();
        scopes.add(item);
        List<Element> groups = Xml.children(item, Namespaces.MEDIA, "group");
        scopes.addAll(groups);
        for (Element group : groups) {
            scopes.addAll(Xml.children(group, Namespaces.MEDIA, "content"));
        }
        scopes.addAll(Xml.children(item, Namespaces.MEDIA, "content"));
        return scopes;
    }

    private static boolean hasMedia(Element item) {
        for (Element child : item.getChildren()) {
            if (Namespaces.MEDIA.contains(child.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    private static MediaContent content(Element content, URI base) {
        String url = Links.resolve(base, content.getAttributeValue("url"));
        if (url == null) {
            return null;
        }
        return new MediaContent(url, Texts.plain(content.getAttributeValue("type")),
                Texts.plain(content.getAttributeValue("medium")), longValue(content.getAttributeValue("duration")),
                intValue(content.getAttributeValue("width")), intValue(content.getAttributeValue("height")),
                longValue(content.getAttributeValue("fileSize")), doubleValue(content.getAttributeValue("bitrate")));
    }

    /** A media:content that is a page or plug-in to play (YouTube's), not a file. */
    private static boolean isPlayer(MediaContent content) {
        return content.type() != null && (content.type().contains("shockwave-flash") || content.type().contains("html"));
    }

    private static List<String> keywords(Element keywords) {
        return keywords == null ? List.of() : Arrays.stream(keywords.getText().split(",")).map(Texts::category)
                .filter(Objects::nonNull).distinct().limit(Texts.MAX_CATEGORIES).toList();
    }

    private static String typeOf(Element element) {
        return "html".equalsIgnoreCase(element.getAttributeValue("type")) ? TextConstructs.HTML : TextConstructs.TEXT;
    }

    private static Element first(List<Element> scopes, String name) {
        for (Element scope : scopes) {
            Element found = Xml.child(scope, Namespaces.MEDIA, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static <T> T first(List<Element> scopes, Namespaces.Family family, String name,
                               java.util.function.Function<Element, T> value) {
        for (Element scope : scopes) {
            for (Element found : Xml.children(scope, family, name)) {
                T result = value.apply(found);
                if (result != null) {
                    return result;
                }
            }
        }
        return null;
    }

    private static Long longValue(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer intValue(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double doubleValue(String text) {
        try {
            Double value = text == null ? null : Double.valueOf(text.strip());
            return value == null || value.isNaN() || value.isInfinite() ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
