package io.mentorfeed.processor.posts;

import io.mentorfeed.model.IngestedEntry;

/**
 * An entry read into clean text, before the dedupe store says whether it is new, changed or a repeat.
 * {@code contentHash} covers the clean title, summary and body, so markup-only edits do not make a new revision.
 */
public record PostDraft(IngestedEntry source, String title, String summary, ExtractedText body, String contentHash) {
    public String postId() {
        return source.postId();
    }
}
