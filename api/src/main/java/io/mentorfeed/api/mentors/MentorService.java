package io.mentorfeed.api.mentors;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.view.ReadModelView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.FullTextMode;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The mentor registry: reads from the read model, writes to the compacted mentors topic (delete = tombstone). */
public final class MentorService {
    private static final int MAX_TOPICS = 50;
    /** As for a profile's name: a name is shown, and a huge one would not fit a Kafka record. */
    static final int MAX_NAME_CHARS = 200;
    static final int MAX_SELECTOR_CHARS = 500;

    private final ReadModelView view;
    private final Writer writer;
    private final FeedDiscovery discovery;

    public MentorService(ReadModelView view, Writer writer, FeedDiscovery discovery) {
        this.view = view;
        this.writer = writer;
        this.discovery = discovery;
    }

    public List<Mentor> list() {
        return view.mentors().stream().sorted(Comparator.comparing(Mentor::id)).toList();
    }

    public Mentor get(String id) {
        return view.mentor(id).orElseThrow(() -> Rejection.notFound("No mentor '" + id + "'"));
    }

    public Mentor create(MentorRequest request) {
        if (request == null || request.url() == null) {
            throw Rejection.invalid("Field 'url' is required: a feed URL, a site URL or a YouTube channel URL");
        }
        requireName(request.name());
        DiscoveredFeed found = discovery.discover(request.url());
        String name = firstNonBlank(request.name(), shortened(found.title()));
        String id = request.id() != null ? request.id() : slug(firstNonBlank(name, java.net.URI.create(
                found.feedUrl()).getHost()));
        requireId(id);
        if (view.mentor(id).isPresent()) {
            throw new Rejection(Rejection.Kind.CONFLICT, "Mentor '" + id + "' already exists; PUT mentors/" + id
                    + " to change it");
        }
        SourceKind kind = request.kind() != null ? kind(request.kind()) : found.kind();
        Mentor mentor = new Mentor(id, name, found.feedUrl(), firstNonBlank(request.siteUrl(), found.siteUrl()), kind,
                topics(request.topics()), Boolean.TRUE.equals(request.paused()))
                .withFullText(fullText(request.fullText()), selector(request.fullTextSelector()));
        writer.write(Topics.MENTORS, id, mentor);
        return mentor;
    }

    /** Adds a mentor as it is (OPML import): no discovery, the feed URL is taken as given. */
    public Mentor add(Mentor mentor) {
        writer.write(Topics.MENTORS, mentor.id(), mentor);
        return mentor;
    }

    public Mentor update(String id, MentorRequest request) {
        Mentor current = get(id);
        if (request == null) {
            throw Rejection.invalid("A JSON body is required");
        }
        if (request.id() != null && !request.id().equals(id)) {
            throw Rejection.invalid("Field 'id' cannot change; delete and create the mentor instead");
        }
        requireName(request.name());
        String feedUrl = request.feedUrl() != null ? FeedDiscovery.parse(request.feedUrl()).toString() : current.feedUrl();
        Mentor updated = new Mentor(id, Objects.requireNonNullElse(request.name(), current.name()), feedUrl,
                request.siteUrl() != null ? FeedDiscovery.parse(request.siteUrl()).toString() : current.siteUrl(),
                request.kind() != null ? kind(request.kind()) : current.kind(),
                request.topics() != null ? topics(request.topics()) : current.topics(),
                request.paused() != null ? request.paused() : current.paused())
                .withFullText(request.fullText() != null ? fullText(request.fullText()) : current.fullText(),
                        request.fullTextSelector() != null ? selector(request.fullTextSelector())
                                : current.fullTextSelector());
        writer.write(Topics.MENTORS, id, updated);
        return updated;
    }

    /** Republishes the mentor with {@code paused} set, all else kept: ingest stops or resumes polling its feed. */
    public Mentor setPaused(String id, boolean paused) {
        Mentor current = get(id);
        Mentor updated = current.withPaused(paused);
        writer.write(Topics.MENTORS, id, updated);
        return updated;
    }

    public void delete(String id) {
        get(id);
        writer.write(Topics.MENTORS, id, null);
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
    }

    private static void requireId(String id) {
        if (!Ids.isValid(id)) {
            throw Rejection.invalid("Field 'id' must be 1 to 64 characters of a-z, 0-9 and '-', starting with a "
                    + "letter or digit");
        }
    }

    private static void requireName(String name) {
        if (name != null && name.length() > MAX_NAME_CHARS) {
            throw Rejection.invalid("Field 'name' must be at most " + MAX_NAME_CHARS + " characters");
        }
    }

    /** A site's own title is taken as the name, cut to the longest name allowed. */
    private static String shortened(String title) {
        return title == null || title.length() <= MAX_NAME_CHARS ? title : title.substring(0, MAX_NAME_CHARS).strip();
    }

    private static FullTextMode fullText(String wire) {
        try {
            return wire == null ? null : FullTextMode.fromWire(wire);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("Field 'fullText' must be one of " + java.util.Arrays.stream(FullTextMode.values())
                    .map(FullTextMode::wireName).toList());
        }
    }

    /** Checked here, so that a selector ingest cannot use is refused now rather than failing on every post. */
    private static String selector(String css) {
        if (css == null || css.isBlank()) {
            return null;
        }
        if (css.length() > MAX_SELECTOR_CHARS) {
            throw Rejection.invalid("Field 'fullTextSelector' must be at most " + MAX_SELECTOR_CHARS + " characters");
        }
        try {
            org.jsoup.select.QueryParser.parse(css);
            return css;
        } catch (org.jsoup.select.Selector.SelectorParseException | IllegalArgumentException e) {
            throw Rejection.invalid("Field 'fullTextSelector' is not a CSS selector: " + e.getMessage());
        }
    }

    private static SourceKind kind(String wire) {
        try {
            return SourceKind.fromWire(wire);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("Field 'kind' must be one of " + java.util.Arrays.stream(SourceKind.values())
                    .map(SourceKind::wireName).toList());
        }
    }

    private static List<String> topics(List<String> topics) {
        if (topics == null) {
            return List.of();
        }
        if (topics.size() > MAX_TOPICS || topics.stream().anyMatch(t -> t == null || t.isBlank() || t.length() > 64)) {
            throw Rejection.invalid("Field 'topics' must hold at most " + MAX_TOPICS + " non-blank topics of at most "
                    + "64 characters");
        }
        return topics.stream().map(String::strip).toList();
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first.strip() : second;
    }
}
