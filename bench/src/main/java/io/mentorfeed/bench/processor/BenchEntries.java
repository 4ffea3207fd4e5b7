package io.mentorfeed.bench.processor;

import io.mentorfeed.model.FeedEntry;
import io.mentorfeed.model.IngestedEntry;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.SourceKind;
import io.mentorfeed.model.Topics;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The load: MENTORS blog mentors, PROFILES readers following FOLLOWS of them each, and entries of a realistic size
 * (a few paragraphs of HTML, a question at the end of every third one) spread over the mentors.
 */
final class BenchEntries {
    static final int MENTORS = 50;
    static final int PROFILES = 20;
    static final int FOLLOWS = 5;

    private static final String BODY = "<p>Most of what I know about building a company I learnt from people who "
            + "answered my emails. None of them had to. Each answer took them ten minutes and changed a year of my "
            + "work.</p><p>So here is the habit I kept: reply the same day, even when the answer is <em>not yet</em>."
            + " It costs little and it builds a reputation faster than any marketing campaign.</p><p>The second "
            + "habit is harder: say what you will not do. A clear no respects the other person's time.</p>";

    private BenchEntries() {}

    static void seed(Map<String, Object> kafka) {
        try (var mentors = new KafkaProducer<>(kafka, Topics.MENTORS.keySerde().serializer(),
                Topics.MENTORS.valueSerde().serializer());
             var profiles = new KafkaProducer<>(kafka, Topics.PROFILES.keySerde().serializer(),
                     Topics.PROFILES.valueSerde().serializer())) {
            for (int m = 0; m < MENTORS; m++) {
                mentors.send(new ProducerRecord<>(Topics.MENTORS.name(), mentorId(m), new Mentor(mentorId(m),
                        "Mentor " + m, "https://m" + m + ".example/feed", SourceKind.BLOG)));
            }
            for (int p = 0; p < PROFILES; p++) {
                List<String> follows = new ArrayList<>();
                for (int f = 0; f < FOLLOWS; f++) {
                    follows.add(mentorId((p * FOLLOWS + f) % MENTORS));
                }
                profiles.send(new ProducerRecord<>(Topics.PROFILES.name(), "p" + p, new Profile("p" + p, null, null,
                        ZoneId.of("UTC"), 7, List.of("marketing"), follows)));
            }
        }
    }

    /** Entry number n of a run; its entry id says the run and n, so runs never dedupe against each other. */
    static ProducerRecord<String, IngestedEntry> entry(String run, long n, Instant now) {
        String mentor = mentorId((int) (n % MENTORS));
        String html = BODY + (n % 3 == 0 ? "<p>Who answered your emails when they did not have to?</p>" : "");
        var entry = new FeedEntry(run + "-" + n, "Notes " + n, "https://" + mentor + ".example/" + run + "/" + n,
                "Mentor", now, null, null, html, List.of("Startups"), null, null, (int) (n % 40), List.of(), null);
        return new ProducerRecord<>(Topics.ENTRIES.name(), mentor,
                new IngestedEntry(mentor, "https://" + mentor + ".example/feed", now, null, entry));
    }

    /** How many recommendations one entry makes: every mentor has PROFILES * FOLLOWS / MENTORS followers. */
    static int recommendationsPerEntry() {
        return PROFILES * FOLLOWS / MENTORS;
    }

    private static String mentorId(int m) {
        return "m" + m;
    }
}
