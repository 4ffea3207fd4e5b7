package io.mentorfeed.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Json;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes exactly the routes the server declares: none missing, none extra. */
class OpenApiRoutesTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void everyDeclaredRouteIsDocumentedAndEveryDocumentedRouteIsDeclared() throws Exception {
        ApiServer server = new ApiServer(ApiConfig.defaults().withPort(0),
                ApiServices.over(new MaterializedView(), null, new FeedDiscovery(false), 3, 10), () -> true);
        Set<String> declared = new TreeSet<>();
        // The document describes the JSON API under /api/v1; the reader's page and the Google Reader API are not it.
        server.routes().stream().filter(r -> r.path().startsWith(ApiRoutes.BASE))
                .forEach(r -> declared.add(r.method().name().toLowerCase(Locale.ROOT) + " " + r.path()));

        assertThat(documented()).isEqualTo(declared);
    }

    @Test
    void everyOperationHasAnIdAndDocumentsItsErrorsAsProblems() throws Exception {
        JsonNode paths = document().get("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            paths.get(path).fields().forEachRemaining(op -> {
                assertThat(op.getValue().path("operationId").asText()).as(path).isNotBlank();
                op.getValue().get("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        assertThat(response.getValue().at("/content/application~1problem+json").isMissingNode())
                                .as(op.getKey() + " " + path + " " + response.getKey()).isFalse();
                    }
                });
            });
        }
    }

    private static Set<String> documented() throws Exception {
        Set<String> routes = new TreeSet<>();
        document().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> {
                    if (METHODS.contains(method)) {
                        routes.add(method + " " + path.getKey());
                    }
                }));
        return routes;
    }

    private static JsonNode document() throws Exception {
        try (InputStream in = OpenApiRoutesTest.class.getResourceAsStream(OpenApiHandler.RESOURCE)) {
            JsonNode doc = Json.mapper().readTree(in);
            assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
            return doc;
        }
    }
}
