package io.mentorfeed.processor.posts;

import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.WebLinks;
import io.mentorfeed.processor.signals.PostText;
import io.mentorfeed.processor.signals.SignalDetectors;
import io.mentorfeed.processor.tags.LanguageDetector;
import io.mentorfeed.processor.tags.TopicTagger;
import java.time.Instant;

/**
 * Reads an ingested entry into a {@link PostDraft}, and a draft into a {@link Post} of a given revision: the
 * boilerplate taken out (the feed's recent posts say what it repeats), then signals, tags and reading time worked
 * out on what is left, which is also the post's text. The draft's content hash covers the text before that, so
 * whether a block is known as boilerplate yet never makes a new revision.
 */
public final class PostFactory {
    private final TextExtractor extractor;
    private final BoilerplateRemover boilerplate = new BoilerplateRemover();
    private final SignalDetectors detectors;
    private final TopicTagger tagger;
    private final LanguageDetector languages;
    private final int wordsPerMinute;

    public PostFactory(TextExtractor extractor, SignalDetectors detectors, TopicTagger tagger,
                       LanguageDetector languages, int wordsPerMinute) {
        this.extractor = extractor;
        this.detectors = detectors;
        this.tagger = tagger;
        this.languages = languages;
        this.wordsPerMinute = wordsPerMinute;
    }

    public PostDraft read(IngestedEntry source) {
        FeedEntry entry = source.entry();
        String title = oneLine(extractor.extract(entry.title()));
        String summary = extractor.extract(entry.summary()).text();
        ExtractedText body = extractor.extract(bodyHtml(entry));
        String hash = Ids.sha256Hex(title + '\u0000' + summary + '\u0000' + body.text());
        return new PostDraft(source, title, summary, body, hash);
    }

    /**
     * The fullest text there is: the article ingest read from the post's page when the feed carried only an excerpt
     * (the question to readers is usually at its end), else the feed's content, else its summary.
     */
    private static String bodyHtml(FeedEntry entry) {
        if (!isBlank(entry.fullContentHtml())) {
            return entry.fullContentHtml();
        }
        return isBlank(entry.contentHtml()) ? entry.summary() : entry.contentHtml();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public Post toPost(PostDraft draft, int revision, Instant firstSeen) {
        return toPost(draft, revision, firstSeen, RecentParagraphs.none());
    }

    /** The post, without the paragraphs its feed's other recent posts also had. */
    public Post toPost(PostDraft draft, int revision, Instant firstSeen, RecentParagraphs feed) {
        IngestedEntry source = draft.source();
        FeedEntry entry = source.entry();
        String author = entry.author() != null ? entry.author() : source.feed() == null ? null : source.feed().author();
        ExtractedText body = boilerplate.clean(draft.body(), draft.postId(), feed);
        String text = body.text();
        Instant published = entry.published() != null ? entry.published() : firstSeen;
        String language = languages.detect(draft.title() + "\n" + text,
                source.feed() == null ? null : source.feed().language());
        var tags = tagger.tags(draft.title(), text, entry.categories(), language);
        return new Post(draft.postId(), source.mentorId(), entry.id(), draft.title(), WebLinks.clickable(entry.link()),
                author, entry.published(), entry.updated(), draft.summary(), text, language,
                minutes(draft, body), entry.categories(), tags,
                detectors.detect(new PostText(draft.title(), body, published)),
                WebLinks.clickable(entry.commentsUrl()), entry.commentsFeedUrl(), entry.commentCount(),
                entry.enclosures(), firstSeen, revision, draft.contentHash());
    }

    /** Minutes to take the post in: the media's duration for videos and episodes, else words read. */
    private int minutes(PostDraft draft, ExtractedText body) {
        var media = draft.source().entry().media();
        if (media != null && media.durationSeconds() != null && media.durationSeconds() > 0) {
            return (int) Math.ceilDiv(media.durationSeconds(), 60L);
        }
        int words = body.wordCount();
        return words == 0 ? 0 : Math.max(1, Math.ceilDiv(words, wordsPerMinute));
    }

    private static String oneLine(ExtractedText text) {
        return String.join(" ", text.paragraphs());
    }
}
