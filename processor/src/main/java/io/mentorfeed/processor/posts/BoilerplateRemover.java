package io.mentorfeed.processor.posts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The post without what is not the post, before signals, tags and reading time are worked out: paragraphs the
 * markup marks ({@link TextExtractor}), paragraphs whose words are a platform's blocks ({@link BoilerplatePhrases}),
 * and paragraphs the feed's other recent posts also had ({@link RecentParagraphs}). When that would leave nothing
 * (a post that is all footer, or a second copy of an earlier post), the text is kept as it was.
 */
public final class BoilerplateRemover {
    public ExtractedText clean(ExtractedText body, String postId, RecentParagraphs feed) {
        Set<String> repeated = feed == null ? Set.of() : feed.seenBesides(postId);
        List<String> kept = new ArrayList<>();
        List<String> paragraphs = body.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            boolean boilerplate = body.markedBoilerplate().contains(i) || BoilerplatePhrases.isBoilerplate(paragraph)
                    || repeated.contains(RecentParagraphs.print(paragraph));
            if (!boilerplate) {
                kept.add(paragraph);
            }
        }
        return kept.isEmpty() ? new ExtractedText(paragraphs) : new ExtractedText(kept);
    }
}
