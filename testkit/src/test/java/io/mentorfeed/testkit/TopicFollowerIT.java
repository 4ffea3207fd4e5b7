package io.mentorfeed.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mentorfeed.model.follow.TopicFollower;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The consumer loop every service uses, on a real KRaft cluster: placement, waiting for topics, groups, stop. */
@WithKafka
class TopicFollowerIT {
    @Test
    void fromTheBeginningReadsWhatIsThereAndFromTheEndOnlyWhatComesAfter(KafkaCluster kafka) throws Exception {
        createTopic(kafka, "follow-a");
        send(kafka, "follow-a", "before");
        Recorder fromStart = new Recorder();
        Recorder fromEnd = new Recorder();
        try (var first = follower(kafka, "a-start", fromStart).assign("follow-a", TopicFollower.From.BEGINNING).build();
             var second = follower(kafka, "a-end", fromEnd).assign("follow-a", TopicFollower.From.END).build()) {
            first.start();
            second.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> first.isFollowing() && second.isFollowing());

            send(kafka, "follow-a", "after");

            await().atMost(Duration.ofSeconds(30)).until(() -> fromStart.values.size() == 2 && fromEnd.values.size() == 1);
            assertThat(fromStart.values).containsExactly("before", "after");
            assertThat(fromEnd.values).containsExactly("after");
            assertThat(fromEnd.afterPolls.get()).isPositive();
        }
    }

    @Test
    void waitsForATopicCreatedLaterWithoutCreatingItItself(KafkaCluster kafka) throws Exception {
        Recorder recorder = new Recorder();
        try (var follower = follower(kafka, "b", recorder).assign("follow-b", TopicFollower.From.BEGINNING)
                .retryEvery(Duration.ofMillis(200)).build().start()) {
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> !follower.isFollowing());
            try (Admin admin = kafka.admin()) {
                assertThat(admin.listTopics().names().get()).doesNotContain("follow-b");
            }

            createTopic(kafka, "follow-b");
            send(kafka, "follow-b", "late");

            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.values.contains("late"));
        }
    }

    @Test
    void aGroupFollowerGetsItsPartitionsThroughTheListenerAndStopsCleanly(KafkaCluster kafka) throws Exception {
        createTopic(kafka, "follow-c");
        send(kafka, "follow-c", "one");
        Recorder recorder = new Recorder();
        List<TopicPartition> assigned = new CopyOnWriteArrayList<>();
        var props = Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "follow-c-group", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var follower = TopicFollower.builder("c", props, new StringDeserializer(), new StringDeserializer())
                .subscribe(List.of("follow-c"), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        assigned.addAll(partitions);
                    }

                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
                }).handler(recorder).build().start();

        await().atMost(Duration.ofSeconds(30)).until(() -> recorder.values.contains("one"));
        assertThat(assigned).containsExactly(new TopicPartition("follow-c", 0));

        follower.stop();

        assertThat(follower.isAlive()).isFalse();
        assertThat(recorder.stopped.get()).isEqualTo(1);
    }

    @Test
    void whatAnotherThreadAsksOfTheConsumerRunsOnTheFollowersThread(KafkaCluster kafka) throws Exception {
        createTopic(kafka, "follow-d");
        send(kafka, "follow-d", "x");
        Recorder recorder = new Recorder();
        try (var follower = follower(kafka, "d", recorder).assign("follow-d", TopicFollower.From.BEGINNING).build()
                .start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.values.size() == 1);
            List<String> threads = new CopyOnWriteArrayList<>();

            follower.onConsumerThread(consumer -> {
                threads.add(Thread.currentThread().getName());
                consumer.seekToBeginning(consumer.assignment());
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.values.size() == 2);
            assertThat(threads).containsExactly("d");
            assertThat(recorder.values).containsExactly("x", "x");
        }
    }

    private static TopicFollower.Builder<String, String> follower(KafkaCluster kafka, String name, Recorder recorder) {
        return TopicFollower.builder(name, Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer()).pollTimeout(Duration.ofMillis(100)).handler(recorder);
    }

    private static void createTopic(KafkaCluster kafka, String topic) throws Exception {
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    private static void send(KafkaCluster kafka, String topic, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, value, value)).get();
        }
    }

    /** Keeps what it was handed. */
    private static final class Recorder implements TopicFollower.Handler<String, String> {
        final List<String> values = new CopyOnWriteArrayList<>();
        final AtomicInteger afterPolls = new AtomicInteger();
        final AtomicInteger stopped = new AtomicInteger();

        @Override
        public void records(Consumer<String, String> consumer, ConsumerRecords<String, String> records) {
            records.forEach(r -> values.add(r.value()));
        }

        @Override
        public void afterPoll(Consumer<String, String> consumer) {
            afterPolls.incrementAndGet();
        }

        @Override
        public void stopped() {
            stopped.incrementAndGet();
        }
    }
}
