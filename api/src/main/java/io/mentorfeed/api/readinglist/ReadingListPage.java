package io.mentorfeed.api.readinglist;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a reading list; {@code nextCursor} is null (written as null, not left out) on the last page. */
public record ReadingListPage(String profileId, List<ReadingListItem> items,
                              @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
    public ReadingListPage {
        items = List.copyOf(items);
    }
}
