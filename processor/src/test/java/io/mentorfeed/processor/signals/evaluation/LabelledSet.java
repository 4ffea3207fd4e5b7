package io.mentorfeed.processor.signals.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mentorfeed.model.Signal;
import io.mentorfeed.model.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the labelled signal set: every {@code *.yaml} of a folder (see signal-set/README.md for the fields), each
 * post labelled for every signal kind, ids unique. {@code held-out.yaml} is the held-out part, the rest tuning.
 */
public final class LabelledSet {
    private static final YAMLMapper YAML = new YAMLMapper();

    private LabelledSet() {}

    /** The set in this module's test resources, wherever they were copied to (target/test-classes, or a test jar). */
    public static List<LabelledPost> standard() {
        var readme = LabelledSet.class.getResource("/signal-set/README.md");
        if (readme == null) {
            throw new IllegalStateException("signal-set not on the class path");
        }
        try {
            if (readme.getProtocol().equals("file")) {
                return load(Path.of(readme.toURI()).getParent());
            }
            try (var jar = java.nio.file.FileSystems.newFileSystem(readme.toURI(), Map.of())) {
                return load(jar.getPath("/signal-set"));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the signal set at " + readme, e);
        }
    }

    public static List<LabelledPost> load(Path dir) {
        List<LabelledPost> posts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String part = file.getFileName().toString().equals("held-out.yaml") ? LabelledPost.HELD_OUT
                        : LabelledPost.TUNING;
                List<Map<String, Object>> raw = YAML.readValue(Files.readString(file), new TypeReference<>() {});
                for (Map<String, Object> fields : raw) {
                    posts.add(read(fields, part, file.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signal set in " + dir, e);
        }
        Set<String> ids = new HashSet<>();
        for (LabelledPost post : posts) {
            if (!ids.add(post.id())) {
                throw new IllegalArgumentException("post id " + post.id() + " appears twice");
            }
        }
        return List.copyOf(posts);
    }

    private static LabelledPost read(Map<String, Object> fields, String part, String file) {
        String id = required(fields, "id", file);
        Map<Signal.Kind, LabelledPost.Label> labels = new EnumMap<>(Signal.Kind.class);
        for (Signal.Kind kind : Signal.Kind.values()) {
            labels.put(kind, LabelledPost.Label.parse(id, kind.wireName(), text(fields, kind.wireName())));
        }
        String eventDate = text(fields, "event-date");
        LabelledPost post = new LabelledPost(id, required(fields, "feed", id), required(fields, "style", id),
                SourceKind.fromWire(required(fields, "kind", id)), Instant.parse(required(fields, "published", id)),
                required(fields, "title", id), required(fields, "body", id), labels,
                eventDate == null ? null : LocalDate.parse(eventDate), text(fields, "event-place"), part);
        if (post.label(Signal.Kind.EVENT).present() && (post.eventDate() == null || post.eventPlace() == null)) {
            throw new IllegalArgumentException("post " + id + ": an event needs event-date and event-place");
        }
        return post;
    }

    private static String required(Map<String, Object> fields, String key, String where) {
        String value = text(fields, key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + ": missing " + key);
        }
        return value;
    }

    private static String text(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        return value == null ? null : value.toString();
    }
}
