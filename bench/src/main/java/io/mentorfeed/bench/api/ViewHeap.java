package io.mentorfeed.bench.api;

import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Enclosure;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Ids;
import io.mentorfeed.model.Post;
import io.mentorfeed.model.Signal;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A rough figure of what the API's view holds per post: the heap taken by N posts kept whole (as the view kept the
 * processor's {@link Post} until issue 16) against the same posts put into a {@link MaterializedView} (which keeps
 * a {@code PostCard}), in one JVM, measured as used heap after full collections. Posts have blog-like sizes: text
 * of 1,000 to 4,000 words, one in ten a long one (8,000 words), summaries of 300 to 3,000 characters, categories,
 * tags, signals, an enclosure. Not a JMH figure: a footprint, for the order of magnitude.
 *
 * <p>Then the same for engagements: every engagement of R readers (E each) kept, as the view kept them until issue
 * 16 (by id, and per reader), against what the view keeps now (the latest per post and the last day's).
 *
 * <p>{@code BENCH_JAVA_OPTS=-Xmx2g bench/scripts/run-main.sh io.mentorfeed.bench.api.ViewHeap [posts [R [E]]]}
 */
public final class ViewHeap {
    private static final String[] WORDS = ("career writing feedback mentor question launch course podcast answer "
            + "habit reader comment event stage support book team lesson failure practice").split(" ");

    private ViewHeap() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long baseline = usedAfterGc();
        Map<String, Post> whole = new HashMap<>();
        posts(count).forEach(p -> whole.put(p.id(), p));
        long wholeBytes = usedAfterGc() - baseline;
        whole.clear();

        baseline = usedAfterGc();
        MaterializedView cards = new MaterializedView();
        posts(count).forEach(p -> cards.putPost(p.id(), p));
        long viewBytes = usedAfterGc() - baseline;

        System.out.printf("posts=%d wholePostsMB=%.1f viewMB=%.1f perPostWholeKB=%.2f perPostViewKB=%.2f ratio=%.2f"
                        + " probe=%s%n", count, wholeBytes / 1e6, viewBytes / 1e6, wholeBytes / 1e3 / count,
                viewBytes / 1e3 / count, (double) viewBytes / wholeBytes, cards.post(posts(1).get(0).id()).isPresent());
        cards.putPost(posts(1).get(0).id(), null); // keeps the view reachable until measured

        // What-if: the same cards without the text (what the Google Reader API's item bodies would then lack).
        baseline = usedAfterGc();
        MaterializedView textless = new MaterializedView();
        posts(count).forEach(p -> textless.putPost(p.id(), withoutText(p)));
        long textlessBytes = usedAfterGc() - baseline;
        System.out.printf("posts=%d viewWithoutTextMB=%.1f perPostKB=%.2f probe=%s%n", count, textlessBytes / 1e6,
                textlessBytes / 1e3 / count, textless.post(posts(1).get(0).id()).isPresent());
        textless.putPost(posts(1).get(0).id(), null);

        int readers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int perReader = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        baseline = usedAfterGc();
        Map<String, Engagement> everyId = new HashMap<>();
        Map<String, List<Engagement>> everyByReader = new HashMap<>();
        engagements(readers, perReader, e -> {
            everyId.put(e.id(), e);
            everyByReader.computeIfAbsent(e.profileId(), id -> new ArrayList<>()).add(e);
        });
        long everyBytes = usedAfterGc() - baseline;
        everyId.clear();
        everyByReader.clear();

        baseline = usedAfterGc();
        MaterializedView engaged = new MaterializedView();
        engagements(readers, perReader, e -> engaged.addEngagement(e.profileId(), e));
        long heldBytes = usedAfterGc() - baseline;
        System.out.printf("readers=%d engagementsPerReader=%d everyEngagementMB=%.1f viewMB=%.1f held=%d ratio=%.3f%n",
                readers, perReader, everyBytes / 1e6, heldBytes / 1e6,
                engaged.engagementsFor("reader-0").size(), (double) heldBytes / everyBytes);
    }

    /**
     * Each reader's engagements over about a year (one every 8 hours on average), on the 300 posts recommended to
     * them, each post engaged with several times (read, star, snooze, read again).
     */
    private static void engagements(int readers, int perReader, java.util.function.Consumer<Engagement> sink) {
        Random random = new Random(17);
        Engagement.Kind[] kinds = Engagement.Kind.values();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < perReader; i++) {
            for (int r = 0; r < readers; r++) {
                Instant at = start.plus(Duration.ofMinutes(480L * i + random.nextInt(480)));
                Engagement.Kind kind = kinds[random.nextInt(kinds.length)];
                sink.accept(new Engagement("eng-" + Ids.sha256Hex(r + "/" + i).substring(0, 32), "reader-" + r,
                        Ids.postId("mentor-" + (r % 2_000), "entry-" + random.nextInt(300)),
                        "mentor-" + (r % 2_000), kind, at, kind == Engagement.Kind.SNOOZED ? at.plusSeconds(86_400)
                        : null));
            }
        }
    }

    /** Distinct strings per post (no sharing the JVM could fold), from a fixed seed. */
    private static List<Post> posts(int count) {
        Random random = new Random(16);
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String mentor = "mentor-" + (i % 2_000);
            String id = Ids.postId(mentor, "entry-" + i);
            int words = random.nextInt(10) == 0 ? 8_000 : 1_000 + random.nextInt(3_000);
            Instant published = now.minus(Duration.ofMinutes(i));
            posts.add(new Post(id, mentor, "https://" + mentor + ".example.org/" + i, "Post number " + i + " on "
                    + WORDS[i % WORDS.length], "https://" + mentor + ".example.org/" + i, "Author " + (i % 2_000),
                    published, null, text(random, i, 50 + random.nextInt(450)), text(random, i, words), "en",
                    words / 230, List.of("Career", "Writing", "Post " + i), List.of("career", "writing"),
                    List.of(new Signal(Signal.Kind.INVITES_RESPONSE, "what do you think? " + i)),
                    "https://" + mentor + ".example.org/" + i + "#comments",
                    "https://" + mentor + ".example.org/" + i + "/comments/feed", random.nextInt(300),
                    List.of(new Enclosure("https://" + mentor + ".example.org/" + i + ".mp3", "audio/mpeg", 1L << 20)),
                    published, 1, Ids.sha256Hex("post " + i)));
        }
        return posts;
    }

    private static Post withoutText(Post p) {
        return new Post(p.id(), p.mentorId(), p.entryId(), p.title(), p.link(), p.author(), p.published(), p.updated(),
                p.summary(), null, p.language(), p.readingMinutes(), p.categories(), p.tags(), p.signals(),
                p.commentsUrl(), p.commentsFeedUrl(), p.commentCount(), p.enclosures(), p.firstSeen(), p.revision(),
                p.contentHash());
    }

    /** About {@code words} words in paragraphs of about 80. */
    private static String text(Random random, int post, int words) {
        StringBuilder text = new StringBuilder(words * 7);
        for (int w = 0; w < words; w++) {
            text.append(w > 0 && w % 80 == 0 ? "\n\n" : w > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
            if (w % 97 == 0) {
                text.append(' ').append(post);
            }
        }
        return text.toString();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
