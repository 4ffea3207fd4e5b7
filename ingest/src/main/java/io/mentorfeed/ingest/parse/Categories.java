package io.mentorfeed.ingest.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Category names as kept: plain text, capped, blank and repeated ones left out, at most 50. */
final class Categories {
    private Categories() {}

    static List<String> distinct(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> kept = new ArrayList<>(names.size());
        for (String name : names) {
            String category = Texts.category(name);
            if (category != null && !kept.contains(category) && kept.size() < Texts.MAX_CATEGORIES) {
                kept.add(category);
            }
        }
        return kept;
    }
}
