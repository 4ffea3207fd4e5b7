package io.mentorfeed.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the date fixtures do not show one by one; the fixtures under families/dates show the rest. */
class FeedDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thu Nov 19 08:15:00 2026                  | 2026-11-19T08:15:00Z",
        "November 19, 2026 8:15 PM                 | 2026-11-19T20:15:00Z",
        "Nov 19 2026 12:05 AM EST                  | 2026-11-19T05:05:00Z",
        "Thu, 19 Nov 2026 08:15:00 +0000 (UTC)     | 2026-11-19T08:15:00Z",
        "19-Nov-2026 08:15:00 GMT                  | 2026-11-19T08:15:00Z",
        "2026/11/19 08:15:00                       | 2026-11-19T08:15:00Z",
        "19th November 2026                        | 2026-11-19T00:00:00Z",
        "Thu, 19 Nov 2026 08:15:00 -0800           | 2026-11-19T16:15:00Z",
        "2026-11-19T08:15:00.123456789+01:00       | 2026-11-19T07:15:00.123456789Z",
        "Thu, 19 Nov 2026 08:15:00 JST             | 2026-11-18T23:15:00Z",
    })
    void readsTheFormsFeedsWrite(String written, String expected) {
        assertThat(FeedDates.parse(written)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"'  '", "19", "Nov 2026", "2026-02-30", "Thu, 19 Nov 2026 24:61:00 GMT",
        "123456789012", "99999-01-01", "Thu, 19 Nov 2026 08:15:00 +9999"})
    void whatNamesNoInstantIsNull(String written) {
        assertThat(FeedDates.parse(written)).isNull();
    }

    @Property(tries = 2000)
    void anyTextGivesAnInstantOrNullNeverAnError(@ForAll String text) {
        FeedDates.parse(text);
    }

    @Property(tries = 500)
    void theCommonFormsAgreeWithTheGeneralReader(@ForAll("instants") Instant instant) {
        String rfc1123 = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.withZone(java.time.ZoneOffset.UTC)
                .format(instant);
        assertThat(FeedDates.parse(rfc1123)).isEqualTo(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(FeedDates.parse(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()))
                .isEqualTo(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Instant> instants() {
        return net.jqwik.api.Arbitraries.longs().between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2099-12-31T23:59:59Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }
}
