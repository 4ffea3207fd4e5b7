package io.mentorfeed.ingest.parse;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Category names as kept: plain text, capped, blank and repeated ones left out, at most 50. */
final class Categories {
    private Categories() {}

    static List<String> distinct(Collection<String> names) {
        return names.stream().map(Texts::category).filter(Objects::nonNull).distinct()
                .limit(Texts.MAX_CATEGORIES).toList();
    }
}
