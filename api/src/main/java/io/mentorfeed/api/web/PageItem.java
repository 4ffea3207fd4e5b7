package io.mentorfeed.api.web;

import java.util.List;

/**
 * One post as the page shows it, every text already shaped for display (times in the reader's zone) and escaped
 * by the template.
 *
 * @param respondBy  when a response is best ("" for read items, or once that time has passed)
 * @param from       for respond-later, when it becomes a good time ("" otherwise)
 * @param closes     when the response window closes ("" once closed)
 */
public record PageItem(String postId, String mentorId, String mentor, String title, String link, String action,
                       String actionLabel, String published, String respondBy, String from, String closes,
                       List<String> reasons, List<String> summary, List<String> tags, String status,
                       boolean starred) {
    public PageItem {
        reasons = List.copyOf(reasons);
        summary = List.copyOf(summary);
        tags = List.copyOf(tags);
    }
}
