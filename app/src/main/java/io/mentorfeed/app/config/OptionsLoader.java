package io.mentorfeed.app.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds {@link MentorfeedOptions} in three layers: the defaults in code, then the YAML file (kebab-case keys, as
 * in mentorfeed.yml), then environment variables. Every scalar or list key has a variable named after its path:
 * {@code kafka.bootstrap-servers} is {@code MENTORFEED_KAFKA_BOOTSTRAP_SERVERS}; a list takes comma-separated items
 * ({@code MENTORFEED_API_ADMIN_TOKEN_HASHES=HASH1,HASH2}). Kafka client properties, whose
 * names hold dots, come from {@code MENTORFEED_KAFKA_PROPERTY_<NAME>} ({@code SASL_JAAS_CONFIG} is
 * {@code sasl.jaas.config}). Unknown keys and bad values fail with one line naming the key.
 */
public final class OptionsLoader {
    public static final String ENV_PREFIX = "MENTORFEED_";
    public static final String KAFKA_PROPERTY_ENV_PREFIX = "MENTORFEED_KAFKA_PROPERTY_";
    /** Read when a command is given no --config and it is in the working directory; never by the demo. */
    public static final Path DEFAULT_FILE = Path.of("mentorfeed.yml");

    /** Lists of records: written in the file, not squeezed into one variable. */
    private static final Set<String> FILE_ONLY = Set.of(ENV_PREFIX + "MENTORS", ENV_PREFIX + "PROFILES");

    private final ObjectMapper mapper = newMapper();

    /**
     * The options a command runs with: the defaults, the demo's bundled settings when it runs as the demo, the given
     * file (else, outside the demo, ./mentorfeed.yml when present), then the environment. The demo leaves
     * mentorfeed.yml alone so that it never touches the real data folder or mentors.
     */
    public MentorfeedOptions forCommand(boolean demo, Path file, Map<String, String> env) {
        List<ObjectNode> layers = new ArrayList<>();
        if (demo) {
            layers.add(readResource("/demo.yml"));
        }
        Path chosen = file != null ? file : !demo && Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : null;
        if (chosen != null) {
            layers.add(readYaml(chosen));
        }
        return load(MentorfeedOptions.defaults(), layers, env);
    }

    /** Defaults, then the file (null for none), then the environment. */
    public MentorfeedOptions load(MentorfeedOptions defaults, Path file, Map<String, String> env) {
        return load(defaults, file == null ? List.of() : List.of(readYaml(file)), env);
    }

    /** Defaults, then each layer in order (later wins), then the environment. */
    public MentorfeedOptions load(MentorfeedOptions defaults, List<ObjectNode> layers, Map<String, String> env) {
        ObjectNode tree = mapper.valueToTree(defaults);
        layers.forEach(layer -> merge(tree, layer));
        applyEnvironment(tree, env, ENV_PREFIX);
        applyKafkaProperties(tree, env);
        try {
            return mapper.treeToValue(tree, MentorfeedOptions.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ConfigException("config: " + explain(e), e);
        }
    }

    /**
     * Every variable {@link #load} reads for a key ({@code MENTORFEED_API_PORT}, ...), not counting the free-form
     * {@code MENTORFEED_KAFKA_PROPERTY_*}: what deployment files may set.
     */
    public Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>();
        collectVariables(mapper.valueToTree(MentorfeedOptions.defaults()), ENV_PREFIX, names);
        return names;
    }

    private static void collectVariables(JsonNode node, String prefix, Set<String> names) {
        node.properties().forEach(entry -> {
            String variable = prefix + entry.getKey().toUpperCase(Locale.ROOT).replace('-', '_');
            if (entry.getValue() instanceof ObjectNode object) {
                collectVariables(object, variable + "_", names);
            } else if (!FILE_ONLY.contains(variable)) {
                names.add(variable);
            }
        });
    }

    /** A layer bundled with the app, such as the demo's settings. */
    public ObjectNode readResource(String resource) {
        try (var in = OptionsLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled config " + resource);
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("bundled config " + resource + " is not valid YAML", e);
        }
    }

    public ObjectNode readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " does not exist or is not a file");
        }
        try {
            JsonNode node = mapper.readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return mapper.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ConfigException("config file " + file + " must be a YAML mapping of keys, not a "
                        + node.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new ConfigException("config file " + file + " is not valid YAML: " + firstLine(e.getMessage()), e);
        }
    }

    /** Objects merge key by key; anything else (scalars, lists) replaces what was there. */
    private static void merge(ObjectNode target, ObjectNode overrides) {
        overrides.properties().forEach(entry -> {
            JsonNode existing = target.get(entry.getKey());
            if (existing instanceof ObjectNode existingObject && entry.getValue() instanceof ObjectNode overrideObject) {
                merge(existingObject, overrideObject);
            } else {
                target.set(entry.getKey(), entry.getValue());
            }
        });
    }

    private static void applyEnvironment(ObjectNode node, Map<String, String> env, String prefix) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode child = node.get(name);
            String variable = prefix + name.toUpperCase(Locale.ROOT).replace('-', '_');
            if (child instanceof ObjectNode object) {
                applyEnvironment(object, env, variable + "_");
            } else if (env.containsKey(variable) && !FILE_ONLY.contains(variable)) {
                node.set(name, child.isArray() ? list(env.get(variable)) : TextNode.valueOf(env.get(variable)));
            }
        }
    }

    /** A list key from one variable: comma-separated, blanks dropped (an empty value is an empty list). */
    private static ArrayNode list(String value) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static void applyKafkaProperties(ObjectNode tree, Map<String, String> env) {
        ObjectNode properties = ((ObjectNode) tree.get("kafka")).withObjectProperty("properties");
        env.forEach((name, value) -> {
            if (name.startsWith(KAFKA_PROPERTY_ENV_PREFIX) && name.length() > KAFKA_PROPERTY_ENV_PREFIX.length()) {
                String key = name.substring(KAFKA_PROPERTY_ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                properties.put(key, value);
            }
        });
    }

    private static String explain(Exception e) {
        if (e instanceof JsonMappingException mapping) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            String where = path.isEmpty() ? "" : path + ": ";
            if (e instanceof UnrecognizedPropertyException) {
                return "unknown key '" + path + "'";
            }
            Throwable cause = rootCause(e);
            String reason = cause instanceof IllegalArgumentException || cause instanceof java.time.DateTimeException
                    ? cause.getMessage() : firstLine(mapping.getOriginalMessage());
            return where + reason;
        }
        return firstLine(e.getMessage());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    static ObjectMapper newMapper() {
        SimpleModule friendly = new SimpleModule("mentorfeed-config")
                .addDeserializer(Duration.class, new FriendlyDurationDeserializer())
                .addSerializer(Path.class, ToStringSerializer.instance);
        return YAMLMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(friendly)
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
