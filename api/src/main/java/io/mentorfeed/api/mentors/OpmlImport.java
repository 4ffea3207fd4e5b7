package io.mentorfeed.api.mentors;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds the feeds of an OPML file as mentors. A feed already followed (same feed URL) is skipped; an outline that
 * cannot become a mentor is reported with why, and the others are still imported.
 */
public final class OpmlImport {
    private static final int MAX_OUTLINES = 1_000;

    private final ReadModelView view;
    private final MentorService mentors;

    public OpmlImport(ReadModelView view, MentorService mentors) {
        this.view = view;
        this.mentors = mentors;
    }

    public Result importOpml(String opml) {
        List<Opml.Outline> outlines = Opml.parse(opml);
        if (outlines.size() > MAX_OUTLINES) {
            throw Rejection.invalid("OPML holds " + outlines.size() + " feeds; at most " + MAX_OUTLINES + " at once");
        }
        Set<String> knownFeeds = new HashSet<>();
        Set<String> takenIds = new HashSet<>();
        view.mentors().forEach(m -> {
            knownFeeds.add(m.feedUrl());
            takenIds.add(m.id());
        });
        List<Mentor> created = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Opml.Outline outline : outlines) {
            try {
                String feedUrl = FeedDiscovery.parse(outline.xmlUrl()).toString();
                if (!knownFeeds.add(feedUrl)) {
                    skipped.add(new Skipped(outline.xmlUrl(), "already followed"));
                    continue;
                }
                String id = uniqueId(MentorService.slug(outline.title().isBlank()
                        ? java.net.URI.create(feedUrl).getHost() : outline.title()), takenIds);
                created.add(mentors.add(new Mentor(id, outline.title(), feedUrl, outline.htmlUrl(),
                        kindOf(outline, feedUrl), topics(outline), false)));
            } catch (Rejection | IllegalArgumentException e) {
                skipped.add(new Skipped(outline.xmlUrl(), e.getMessage()));
            }
        }
        return new Result(created, skipped);
    }

    private static String uniqueId(String base, Set<String> taken) {
        String stem = base.isEmpty() ? "mentor" : base.substring(0, Math.min(base.length(), 58));
        String id = stem;
        for (int n = 2; !Ids.isValid(id) || !taken.add(id); n++) {
            id = stem + "-" + n;
        }
        return id;
    }

    /** The kind an export wrote, else a guess from the feed URL: YouTube's feeds are videos, the rest blogs. */
    private static SourceKind kindOf(Opml.Outline outline, String feedUrl) {
        if (outline.kind() != null) {
            return outline.kind();
        }
        return feedUrl.contains("youtube.com/feeds/") ? SourceKind.VIDEO : SourceKind.BLOG;
    }

    /** A category "Business/Marketing" is the topic "marketing": the innermost folder names the subject. */
    private static List<String> topics(Opml.Outline outline) {
        return outline.categories().stream()
                .map(c -> c.substring(c.lastIndexOf('/') + 1).strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    /** What an import did: the mentors it created and the outlines it skipped, with why. */
    public record Result(List<Mentor> created, List<Skipped> skipped) {
    }

    public record Skipped(String xmlUrl, String reason) {
    }
}
