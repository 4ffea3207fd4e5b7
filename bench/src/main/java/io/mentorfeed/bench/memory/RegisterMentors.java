package io.mentorfeed.bench.memory;

import io.mentorfeed.bench.ingest.MentorSeeder;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topics;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Registers the memory run's mentors m0 .. m(N-1) on a running mentorfeed's Kafka, following
 * {@code URL_PREFIX + n + ".xml"}, as `mentorfeed admin import` would: through mentorfeed.mentors, which every
 * service follows. Not through `start`'s config file: on a fresh embedded broker, start's idempotent registry seeder
 * can be refused with OutOfOrderSequence forever past about a thousand mentors (see bench/README.md). Then READERS
 * readers r0 .. r(R-1), each following {@link #FOLLOWS} of the mentors, through mentorfeed.profiles.
 * Arguments: BOOTSTRAP FEEDS URL_PREFIX [READERS=0]. Prints {@code mentors registered=N readers=R}.
 */
public final class RegisterMentors {
    static final int FOLLOWS = 10;

    private RegisterMentors() {}

    public static void main(String[] args) {
        int feeds = Integer.parseInt(args[1]);
        int readers = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Map<String, Object> kafka = Map.of("bootstrap.servers", args[0]);
        MentorSeeder.seed(kafka, "m", feeds, n -> args[2] + n + ".xml");
        try (var producer = new KafkaProducer<>(kafka, Topics.PROFILES.keySerde().serializer(),
                Topics.PROFILES.valueSerde().serializer())) {
            for (int r = 0; r < readers; r++) {
                List<String> following = new ArrayList<>();
                for (int f = 0; f < FOLLOWS; f++) {
                    following.add("m" + ((r * FOLLOWS + f) % feeds));
                }
                producer.send(new ProducerRecord<>(Topics.PROFILES.name(), "r" + r, new Profile("r" + r, null, null,
                        ZoneId.of("UTC"), 7, List.of("marketing", "writing"), following)));
            }
        }
        System.out.println("mentors registered=" + feeds + " readers=" + readers);
    }
}
