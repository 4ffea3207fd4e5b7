package io.mentorfeed.model;

import java.util.List;

/**
 * Media fields of video and podcast entries, from Media RSS (media:group, media:content, media:thumbnail,
 * media:description, media:player, media:community) and Apple's podcast namespace (itunes:duration, image,
 * author, summary, subtitle, explicit, block, keywords, season, episode). Every field is optional: null (or an
 * empty list) when the feed does not say. {@code description}, {@code summary} and {@code subtitle} are plain text.
 */
public record EntryMedia(String thumbnailUrl, Long durationSeconds, String playerUrl, Long views, Double rating,
                         Integer season, Integer episode, String episodeType, Boolean explicit, String title,
                         String description, String author, String subtitle, String summary, List<String> keywords,
                         Boolean block, String imageUrl, List<MediaContent> contents) {
    public EntryMedia {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        contents = contents == null ? List.of() : List.copyOf(contents);
    }

    /** An empty media block to fill in: most feeds say only a few of these things. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when the feed said nothing this record can hold (not a bean getter: it is no field of the JSON). */
    public boolean saysNothing() {
        return equals(builder().build());
    }

    /** Builds an {@link EntryMedia} field by field; unset fields stay null (or empty). */
    public static final class Builder {
        private String thumbnailUrl;
        private Long durationSeconds;
        private String playerUrl;
        private Long views;
        private Double rating;
        private Integer season;
        private Integer episode;
        private String episodeType;
        private Boolean explicit;
        private String title;
        private String description;
        private String author;
        private String subtitle;
        private String summary;
        private List<String> keywords = List.of();
        private Boolean block;
        private String imageUrl;
        private List<MediaContent> contents = List.of();

        private Builder() {}

        public Builder thumbnailUrl(String value) { thumbnailUrl = value; return this; }
        public Builder durationSeconds(Long value) { durationSeconds = value; return this; }
        public Builder playerUrl(String value) { playerUrl = value; return this; }
        public Builder views(Long value) { views = value; return this; }
        public Builder rating(Double value) { rating = value; return this; }
        public Builder season(Integer value) { season = value; return this; }
        public Builder episode(Integer value) { episode = value; return this; }
        public Builder episodeType(String value) { episodeType = value; return this; }
        public Builder explicit(Boolean value) { explicit = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder author(String value) { author = value; return this; }
        public Builder subtitle(String value) { subtitle = value; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder keywords(List<String> value) { keywords = value; return this; }
        public Builder block(Boolean value) { block = value; return this; }
        public Builder imageUrl(String value) { imageUrl = value; return this; }
        public Builder contents(List<MediaContent> value) { contents = value; return this; }

        public EntryMedia build() {
            return new EntryMedia(thumbnailUrl, durationSeconds, playerUrl, views, rating, season, episode,
                    episodeType, explicit, title, description, author, subtitle, summary, keywords, block, imageUrl,
                    contents);
        }
    }
}
