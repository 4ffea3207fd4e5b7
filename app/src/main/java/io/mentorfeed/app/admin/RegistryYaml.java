package io.mentorfeed.app.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads and writes a {@link RegistryFile} as YAML with mentorfeed.yml's keys (kebab-case), so an export can be
 * pasted into the config and the config's lists can be imported. Reading is strict: an unknown key is an error,
 * not silently dropped data.
 */
public final class RegistryYaml {
    static final String HEADER = "# mentorfeed registry: mentors and profiles, as in mentorfeed.yml"
            + " (./mentorfeed admin export; load with ./mentorfeed admin import FILE)\n";

    private final ObjectMapper mapper = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    public String write(RegistryFile registry) {
        try {
            return HEADER + mapper.writeValueAsString(registry);
        } catch (IOException e) {
            throw new IllegalStateException("the registry must serialize as YAML", e);
        }
    }

    /** The file's registry; anything wrong with it is one line naming the key. */
    public RegistryFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AdminException(file + " does not exist or is not a file");
        }
        try {
            RegistryFile registry = mapper.readValue(file.toFile(), RegistryFile.class);
            if (registry == null) {
                throw new AdminException(file + " is empty: expected mentors: and profiles: lists");
            }
            return registry;
        } catch (JacksonException e) {
            throw new AdminException(file + ": " + explain(e), e);
        } catch (IOException e) {
            throw new AdminException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String explain(JacksonException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "not valid YAML: " + firstLine(e.getOriginalMessage());
        }
        String path = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown key '" + path + "'";
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                || cause instanceof java.time.DateTimeException ? cause.getMessage() : e.getOriginalMessage();
        return (path.isEmpty() ? "" : path + ": ") + firstLine(reason);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
