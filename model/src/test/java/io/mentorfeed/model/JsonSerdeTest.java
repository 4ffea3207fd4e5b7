package io.mentorfeed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
    private static final Instant T = Instant.parse("2026-11-20T08:30:00Z");

    @Test
    void recommendationRoundTripsWithWireNamesAndIsoInstants() {
        var rec = new Recommendation("ana", "avc-0123456789abcdef", "avc", "Fred Wilson", "Who are your mentors?",
                "https://avc.example/mentors", T, Action.RESPOND_NOW,
                new ResponseWindow(T, T.plusSeconds(3600), T.plusSeconds(86400)), null, 0.8,
                List.of("Asks readers: 'Who are your mentors?'"), List.of("mentoring"),
                List.of(new Signal(Signal.Kind.INVITES_RESPONSE, "Who are your mentors?")), T, false);
        var serde = Topics.RECOMMENDATIONS.valueSerde();

        byte[] bytes = serde.serializer().serialize("t", rec);
        String json = new String(bytes, StandardCharsets.UTF_8);

        assertThat(json).contains("\"action\":\"respond-now\"", "\"published\":\"2026-11-20T08:30:00Z\"",
                "\"kind\":\"invites-response\"").doesNotContain("eligibleAt");
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(rec);
    }

    @Test
    void anEventsDateAndPlaceRoundTripAndRecordsWrittenBeforeThemReadBackWithout() {
        var event = new Signal(Signal.Kind.EVENT, "On May 20 in Boston.", java.time.LocalDate.of(2026, 5, 20), "Boston");
        var rec = new Recommendation("ana", "p1", "avc", "Fred", "Talk", "https://avc.example/t", T, Action.READ,
                new ResponseWindow(T, T.plusSeconds(3600), T.plusSeconds(86400)), null, 0.3, List.of(), List.of(),
                List.of(event), T, false, event.date(), event.place());
        var serde = Topics.RECOMMENDATIONS.valueSerde();

        byte[] bytes = serde.serializer().serialize("t", rec);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"eventDate\":\"2026-05-20\"",
                "\"date\":\"2026-05-20\"");
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(rec);

        String before = new String(serde.serializer().serialize("t", new Recommendation("ana", "p1", "avc", "Fred",
                "Talk", "https://avc.example/t", T, Action.READ, rec.window(), null, 0.3, List.of(), List.of(),
                List.of(new Signal(Signal.Kind.EVENT, "A talk.")), T, false)), StandardCharsets.UTF_8);
        assertThat(before).doesNotContain("eventDate", "\"date\"", "place");
        var old = serde.deserializer().deserialize("t", before.getBytes(StandardCharsets.UTF_8));
        assertThat(old.eventDate()).isNull();
        assertThat(old.signals().getFirst()).isEqualTo(new Signal(Signal.Kind.EVENT, "A talk."));
    }

    @Test
    void profileKeepsItsTimeZone() {
        var profile = new Profile("demo", "Demo", null, ZoneId.of("Europe/Paris"), 7, List.of("marketing"),
                List.of("avc"));
        var serde = Topics.PROFILES.valueSerde();
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", profile)))
                .isEqualTo(profile);
    }

    @Test
    void nullIsATombstoneBothWays() {
        var serde = Topics.MENTORS.valueSerde();
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void badBytesNameTheTypeAndShowThePayload() {
        var serde = Topics.MENTORS.valueSerde();
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid Mentor")
                .hasMessageContaining("{not json");
    }

    @Test
    void aRecordThatBreaksItsOwnRulesIsRefusedOnRead() {
        var serde = Topics.MENTORS.valueSerde();
        byte[] bytes = "{\"id\":\"Not A Slug\",\"feedUrl\":\"https://x.example/feed\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("mentor id 'Not A Slug'");
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        assertThatThrownBy(() -> Action.fromWire("shout"))
                .hasMessage("'shout' is not one of: respond-now, respond-later, read, skip");
        assertThat(Action.fromWire("respond-later")).isEqualTo(Action.RESPOND_LATER);
    }

    @Test
    void mentorFullTextSettingsTravelAsWireNamesAndDefaultToAuto() {
        var serde = Topics.MENTORS.valueSerde();
        var mentor = new Mentor("seth", "Seth", "https://seth.example/feed", SourceKind.BLOG)
                .withFullText(FullTextMode.ALWAYS, " article .post-body ");
        String json = new String(serde.serializer().serialize("t", mentor), StandardCharsets.UTF_8);

        assertThat(json).contains("\"fullText\":\"always\"", "\"fullTextSelector\":\"article .post-body\"");
        assertThat(serde.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8))).isEqualTo(mentor);
        byte[] older = "{\"id\":\"seth\",\"feedUrl\":\"https://seth.example/feed\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(serde.deserializer().deserialize("t", older).fullText()).isEqualTo(FullTextMode.AUTO);
    }

    @Test
    void anEntryKeepsItsFullContentNextToTheFeedsExcerpt() {
        var entry = new FeedEntry("e1", "Title", "https://x.example/e1", null, T, null, "An excerpt...", null,
                List.of(), null, null, null, List.of(), null).withFullContentHtml("<p>The whole article.</p>");
        var serde = Topics.ENTRIES.valueSerde();
        var ingested = new IngestedEntry("seth", "https://x.example/feed", T, null, entry);

        var read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", ingested));

        assertThat(read.entry().fullContentHtml()).isEqualTo("<p>The whole article.</p>");
        assertThat(read.entry().summary()).isEqualTo("An excerpt...");
        assertThat(read).isEqualTo(ingested);
    }
}
