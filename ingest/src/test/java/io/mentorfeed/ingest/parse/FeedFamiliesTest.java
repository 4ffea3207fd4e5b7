package io.mentorfeed.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentorfeed.model.Json;
import io.mentorfeed.model.ParsedFeed;
import io.mentorfeed.testkit.fixtures.FeedFixture;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under src/test/resources/families: a document written from a spec for one element family, and the
 * normalized values it must give (see {@link FeedFixture} for the header). One test per fixture, named by it.
 */
class FeedFamiliesTest {
    private final FeedParser parser = new FeedParser(1000);

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsExpectedValues() {
        return fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
            List<String> failures = failures(fixture);
            assertThat(failures).as(fixture.name() + " (" + fixture.family() + ")").isEmpty();
        }));
    }

    static List<FeedFixture> fixtures() {
        try {
            Path root = Path.of(Objects.requireNonNull(FeedFamiliesTest.class.getResource("/families")).toURI());
            return FeedFixture.under(root);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> failures(FeedFixture fixture) throws FeedParseException {
        ParsedFeed parsed = parser.parse(fixture.bytes(), null, fixture.feedUrl());
        JsonNode document = Json.mapper().valueToTree(parsed);
        return fixture.expectations().stream().map(e -> e.check(document)).flatMap(Optional::stream).toList();
    }
}
