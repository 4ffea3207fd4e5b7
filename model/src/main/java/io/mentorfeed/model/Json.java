package io.mentorfeed.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON dialect of mentorfeed: ISO-8601 instants, nulls left out, unknown fields ignored on read so that
 * an older service can read a newer record.
 */
public final class Json {
    private static final ObjectMapper MAPPER = newMapper();

    private Json() {}

    /** A shared, fully configured mapper; ObjectMapper is thread-safe once configured. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static JsonMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(FastInstants.module()) // after JavaTimeModule: the later module's Instant handlers win
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
