package io.mentorfeed.ingest.parse;

import com.rometools.modules.itunes.AbstractITunesObject;
import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.MediaGroup;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.synd.SyndEntry;
import io.mentorfeed.model.EntryMedia;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The media fields of a video or podcast entry, from Rome's Media RSS module (YouTube: media:group with
 * thumbnail and community statistics) and iTunes module (duration, season, episode, explicit).
 */
final class MediaFields {
    private MediaFields() {}

    /** The entry's media fields, or null when it has none. */
    static EntryMedia of(SyndEntry entry) {
        MediaEntryModule media = entry.getModule(MediaModule.URI) instanceof MediaEntryModule m ? m : null;
        EntryInformation itunes = entry.getModule(AbstractITunesObject.URI) instanceof EntryInformation i ? i : null;
        List<Metadata> metadata = metadata(media);
        List<MediaContent> contents = contents(media);

        String thumbnail = first(metadata, m -> m.getThumbnail() != null && m.getThumbnail().length > 0
                && m.getThumbnail()[0].getUrl() != null ? m.getThumbnail()[0].getUrl().toString() : null);
        if (thumbnail == null && itunes != null) {
            thumbnail = itunes.getImageUri() != null ? itunes.getImageUri()
                    : itunes.getImage() != null ? itunes.getImage().toString() : null;
        }
        Long views = first(metadata, m -> m.getCommunity() != null && m.getCommunity().getStatistics() != null
                && m.getCommunity().getStatistics().getViews() != null
                ? m.getCommunity().getStatistics().getViews().longValue() : null);
        Double rating = first(metadata, m -> m.getCommunity() != null && m.getCommunity().getStarRating() != null
                ? m.getCommunity().getStarRating().getAverage() : null);
        String player = media != null && media.getPlayer() != null && media.getPlayer().getUrl() != null
                ? media.getPlayer().getUrl().toString() : first(contents, MediaFields::playerOf);
        Long duration = itunes != null && itunes.getDuration() != null
                ? itunes.getDuration().getMilliseconds() / 1000 : first(contents, MediaContent::getDuration);

        var result = new EntryMedia(thumbnail, duration, player, views, rating,
                itunes == null ? null : itunes.getSeason(), itunes == null ? null : itunes.getEpisode(),
                itunes == null ? null : Texts.plain(itunes.getEpisodeType()),
                itunes == null ? null : itunes.getExplicitNullable());
        return isEmpty(result) ? null : result;
    }

    /** A description carried by the media modules, for entries (YouTube videos) that have no summary of their own. */
    static String description(SyndEntry entry) {
        MediaEntryModule media = entry.getModule(MediaModule.URI) instanceof MediaEntryModule m ? m : null;
        String fromMedia = first(metadata(media), Metadata::getDescription);
        if (fromMedia != null) {
            return fromMedia;
        }
        return entry.getModule(AbstractITunesObject.URI) instanceof EntryInformation itunes
                ? Texts.firstNonNull(itunes.getSummary(), itunes.getSubtitle()) : null;
    }

    private static List<Metadata> metadata(MediaEntryModule media) {
        List<Metadata> all = new ArrayList<>();
        if (media == null) {
            return all;
        }
        all.add(media.getMetadata());
        for (MediaGroup group : listOf(media.getMediaGroups())) {
            all.add(group.getMetadata());
        }
        contents(media).forEach(content -> all.add(content.getMetadata()));
        all.removeIf(Objects::isNull);
        return all;
    }

    private static List<MediaContent> contents(MediaEntryModule media) {
        List<MediaContent> all = new ArrayList<>();
        if (media == null) {
            return all;
        }
        all.addAll(listOf(media.getMediaContents()));
        for (MediaGroup group : listOf(media.getMediaGroups())) {
            all.addAll(listOf(group.getContents()));
        }
        all.removeIf(Objects::isNull);
        return all;
    }

    private static String playerOf(MediaContent content) {
        if (content.getPlayer() != null && content.getPlayer().getUrl() != null) {
            return content.getPlayer().getUrl().toString();
        }
        return content.getReference() instanceof UrlReference url && url.getUrl() != null
                ? url.getUrl().toString() : null;
    }

    private static <S, T> T first(List<S> sources, Function<S, T> field) {
        for (S source : sources) {
            T value = field.apply(source);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static <T> List<T> listOf(T[] array) {
        return array == null ? List.of() : Arrays.asList(array);
    }

    private static boolean isEmpty(EntryMedia media) {
        return media.thumbnailUrl() == null && media.durationSeconds() == null && media.playerUrl() == null
                && media.views() == null && media.rating() == null && media.season() == null
                && media.episode() == null && media.episodeType() == null && media.explicit() == null;
    }
}
