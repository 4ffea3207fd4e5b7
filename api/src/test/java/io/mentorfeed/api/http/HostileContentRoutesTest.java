package io.mentorfeed.api.http;

import static io.mentorfeed.api.http.TestServer.ADA;
import static io.mentorfeed.api.http.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Action;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Post;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scripts and event handlers in a mentor's post, followed to everything the API emits: the digest page (HTML), the
 * three reading-list feeds and the JSON of the digest and reading list. None may carry active content: no script,
 * frame, object, SVG or image element, no on* attribute, no javascript: or data: link, no CSS expression. (RSS
 * titles are escaped text; a reader that renders them as HTML is outside what the API controls.)
 */
class HostileContentRoutesTest {
    private static final Instant NOW = Instant.parse("2026-03-07T13:00:00Z");
    private static final String POST = Ids.postId("kim", "evil");
    private static final String TITLE = "<script>alert('t')</script><img src=x onerror=alert(1)>Ask me anything";
    private static final String SUMMARY = "<p onclick=\"alert(2)\">Hi<script>alert(3)</script></p>"
            + "<a href=\"javascript:alert(4)\">click</a><a href=\"JaVaScRiPt&#58;alert(5)\">again</a>"
            + "<iframe src=\"https://evil.example/\"></iframe><svg onload=\"alert(6)\"><circle/></svg>"
            + "<div style=\"width:expression(alert(7))\">styled</div><object data=\"x.swf\"></object>"
            + "<img src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==\">"
            + "<a href=\"https://kim.example.org/fine\">a fine link</a>";
    private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:).*");

    private static TestServer api;

    @BeforeAll
    static void start() {
        MaterializedView view = new MaterializedView();
        view.putProfile("ada", DigestFixtures.profile("ada", "UTC"));
        view.putMentor("kim", DigestFixtures.mentor("kim", "Kim <svg onload=alert(9)>Lee"));
        view.putPost(POST, new Post(POST, "kim", "evil", TITLE, "javascript:alert('link')", "<b>Kim</b>",
                NOW.minusSeconds(3600), null, SUMMARY, "text", "en", 1, List.of("<script>x</script>"), List.of(),
                List.of(), "javascript:alert('comments')", null, 0, List.of(), NOW, 1, "h"));
        view.putRecommendation("ada/" + POST, DigestFixtures.rec("ada", POST, "kim", Action.RESPOND_NOW,
                NOW.minusSeconds(3600), 0.9));
        api = new TestServer(view, NOW);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theDigestPageCarriesNoActiveContentAndForbidsItAnyway() throws Exception {
        HttpResponse<String> page = get("/api/v1/profiles/ada/digest.html?date=2026-03-07");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        Document html = Jsoup.parse(page.body());
        assertThat(activeContent(html)).isEmpty();
        assertThat(html.text()).contains("Ask me anything", "a fine link");
    }

    @Test
    void theRssAndAtomFeedsCarryPlainTextAndOnlyWebLinks() throws Exception {
        for (String format : List.of("rss", "atom")) {
            HttpResponse<String> feed = get("/api/v1/profiles/ada/reading-list." + format);
            assertThat(feed.statusCode()).as(format).isEqualTo(200);
            Document xml = Jsoup.parse(feed.body(), "", Parser.xmlParser());
            assertThat(xml.select("item, entry")).as(format).hasSize(1);
            assertThat(activeContent(xml)).as(format).isEmpty();
            for (Element link : xml.select("link")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.text();
                assertThat(url).as(format + " link").matches(SAFE_URL);
            }
            // Text fields are text, escaped in the XML: the only elements are the feed's own.
            assertThat(xml.select("title, summary, content, description").select("*").stream()
                    .filter(e -> !List.of("title", "summary", "content", "description").contains(e.normalName())))
                    .as(format).isEmpty();
            xml.select("entry > title, entry > summary, entry > content")
                    .forEach(text -> assertThat(text.attr("type")).as(format).isIn("", "text"));
        }
    }

    @Test
    void theJsonOutputsOnlyLinkToTheWeb() throws Exception {
        for (String path : List.of("digest?date=2026-03-07", "reading-list", "reading-list.json")) {
            HttpResponse<String> response = get("/api/v1/profiles/ada/" + path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            JsonNode json = TestServer.json(response);
            assertThat(json.findValues("link")).as(path).allSatisfy(link -> assertThat(link.isNull()).isTrue());
            assertThat(json.findValues("url")).as(path).allSatisfy(url -> assertThat(url.asText()).matches(SAFE_URL));
            assertThat(json.findValues("content_html")).as(path).isEmpty();
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("javascript:");
        }
    }

    /** What could run (or track) in a browser or a feed reader, named. */
    private static List<String> activeContent(Document document) {
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (List.of("script", "iframe", "frame", "object", "embed", "svg", "math", "applet", "base", "form")
                    .contains(tag)) {
                found.add("<" + tag + ">");
            }
            if (tag.equals("img")) {
                found.add("<img> (a remote image is a tracker)");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(tag + "@" + name);
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("data"))
                        && !value.isEmpty() && !SAFE_URL.matcher(value).matches()) {
                    found.add(tag + "@" + name + "=" + value);
                }
                if (name.equals("style") && (value.contains("expression(") || value.contains("url("))) {
                    found.add(tag + "@style=" + value);
                }
            }
        }
        return found;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return api.call("GET", path, bearer(ADA));
    }
}
