package io.mentorfeed.bench.ingest;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The baseline of the load run, measured in the same run: what rss2email does, one feed after another on one
 * thread with conditional GET, parsing changed bodies with bare Rome. Counts polls per second.
 */
final class SequentialPoller {
    private SequentialPoller() {}

    static double pollsPerSecond(int feeds, IntFunction<String> url, Duration duration) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<Integer, String> etags = new HashMap<>();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        long polls = 0;
        for (int feed = 0; System.nanoTime() < end; feed = (feed + 1) % feeds) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.apply(feed)));
            if (etags.containsKey(feed)) {
                request.header("If-None-Match", etags.get(feed));
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
                input.build(new XmlReader(new ByteArrayInputStream(response.body()), true));
                int polled = feed;
                response.headers().firstValue("ETag").ifPresent(etag -> etags.put(polled, etag));
            }
            polls++;
        }
        client.close();
        return polls / ((System.nanoTime() - started) / 1e9);
    }
}
