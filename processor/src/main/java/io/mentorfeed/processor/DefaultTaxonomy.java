package io.mentorfeed.processor;

import java.util.List;
import java.util.Map;

/** The topics a blog reader following business and career mentors usually cares about; the config can replace it. */
final class DefaultTaxonomy {
    static final Map<String, List<String>> TOPICS = Map.of(
            "marketing", List.of("marketing", "brand", "audience", "content strategy", "advertising", "SEO"),
            "leadership", List.of("leadership", "leader", "manager", "management", "team culture"),
            "careers", List.of("career", "job", "hiring", "interview", "promotion", "mentor"),
            "startups", List.of("startup", "founder", "venture capital", "fundraising", "seed round"),
            "writing", List.of("writing", "writer", "blogging", "newsletter", "book"),
            "productivity", List.of("productivity", "habit", "focus", "time management"),
            "speaking", List.of("public speaking", "keynote", "speaker", "stage"));

    private DefaultTaxonomy() {}
}
