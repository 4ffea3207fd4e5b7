package io.mentorfeed.api.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.mentorfeed.model.Json;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies strictly: unknown fields are rejected (a misspelt field must not be silently ignored),
 * and every error names the field and says why.
 */
final class Bodies {
    private static final ObjectMapper STRICT = Json.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Bodies() {}

    static <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (!contentType.startsWith("application/json")) {
            throw new ProblemException(415, "Send the body as application/json");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ProblemException.badRequest("A JSON body is required");
        }
        try {
            return STRICT.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.badRequest("Unknown field '" + e.getPropertyName() + "'; known fields: "
                    + e.getKnownPropertyIds());
        } catch (JsonMappingException e) {
            throw ProblemException.badRequest(field(e) + "has a wrong type or value");
        } catch (JsonProcessingException e) {
            // A limit of the parser (nesting depth, say) may come without a location.
            throw ProblemException.badRequest("Body is not valid JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("Body could not be read");
        }
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "Body " : "Field '" + path + "' ";
    }
}
