package io.mentorfeed.app.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mentorfeed.model.Json;
import java.io.PrintWriter;

/** --json output: one pretty-printed document in mentorfeed's JSON dialect (ISO instants, nulls left out). */
final class JsonOutput {
    private JsonOutput() {}

    static void print(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("admin output must serialize as JSON", e);
        }
        out.flush();
    }
}
