package io.mentorfeed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastInstantsTest {
    private record Stamped(Instant at) {}

    @Test
    void writesAndReadsExactlyWhatInstantToStringDoes() {
        var random = new SplittableRandom(42);
        List<Instant> edges = List.of(Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999999999Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.5Z"),
                Instant.parse("2024-02-29T12:00:00.000001Z"), Instant.parse("2026-03-02T10:00:00.120Z"),
                Instant.MAX, Instant.MIN, Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"));
        for (int i = 0; i < 20_000 + edges.size(); i++) {
            Instant at = i < edges.size() ? edges.get(i) : Instant.ofEpochSecond(
                    random.nextLong(-62_167_219_200L, 253_402_300_799L), nanos(random));
            assertThat(FastInstants.format(at)).isEqualTo(at.toString());
            Instant read = FastInstants.parse(at.toString());
            assertThat(read == null ? Instant.parse(at.toString()) : read).isEqualTo(at);
        }
    }

    @Test
    void leavesWhatItDoesNotReadToTheStandardReader() throws Exception {
        var mapper = Json.mapper();
        assertThat(mapper.readValue("{\"at\":\"2026-03-02T12:00:00+02:00\"}", Stamped.class).at())
                .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(mapper.readValue("{\"at\":1772445600}", Stamped.class).at())
                .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(mapper.readValue("{\"at\":\"+10000-01-01T00:00:00Z\"}", Stamped.class).at())
                .isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThat(FastInstants.parse("2026-02-30T10:00:00Z")).isNull();
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"2026-02-30T10:00:00Z\"}", Stamped.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"yesterday\"}", Stamped.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void theMapperWritesTheSameTextAsBefore() throws Exception {
        Instant at = Instant.parse("2026-03-02T10:00:00.123456789Z");
        assertThat(Json.mapper().writeValueAsString(new Stamped(at))).isEqualTo("{\"at\":\"" + at + "\"}");
        assertThat(Json.mapper().readValue("{\"at\":\"" + at + "\"}", Stamped.class).at()).isEqualTo(at);
    }

    private static int nanos(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
    }
}
