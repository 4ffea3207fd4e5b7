package io.mentorfeed.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.api.ApiConfig;
import io.mentorfeed.api.mentors.FeedDiscovery;
import io.mentorfeed.api.view.MaterializedView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorsTest {

    @Test
    void configuredOriginsGetCorsHeadersAndOthersDoNot() throws Exception {
        ApiConfig config = ApiConfig.defaults().withPort(0).withCorsOrigins(List.of("https://app.example"));
        try (ApiServer server = new ApiServer(config,
                ApiServices.over(new MaterializedView(), null, new FeedDiscovery(false), 3, 10), () -> true)) {
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            URI live = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health/live");

            HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(live).header("Origin", "https://app.example")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(live).header("Origin", "https://evil.example")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }
}
