package io.mentorfeed.api.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One reader's digest for one local date; see {@link DigestService} for what goes in each section. */
public record Digest(String profileId, LocalDate date, String timeZone, Instant generatedAt,
                     List<DigestItem> respondNow, List<DigestItem> respondLater, List<DigestItem> worthReading,
                     List<DigestItem> events, List<DigestItem> personalNews) {
    public Digest {
        respondNow = List.copyOf(respondNow);
        respondLater = List.copyOf(respondLater);
        worthReading = List.copyOf(worthReading);
        events = List.copyOf(events);
        personalNews = List.copyOf(personalNews);
    }
}
