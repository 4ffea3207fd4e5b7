package io.mentorfeed.bench.api;

import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.model.Enclosure;
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
 * <p>{@code java -Xmx2g -cp bench/target/mentorfeed-bench.jar io.mentorfeed.bench.api.ViewHeap [posts]}
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
        MaterializedView view = new MaterializedView();
        posts(count).forEach(p -> view.putPost(p.id(), p));
        long viewBytes = usedAfterGc() - baseline;

        System.out.printf("posts=%d wholePostsMB=%.1f viewMB=%.1f perPostWholeKB=%.2f perPostViewKB=%.2f ratio=%.2f"
                        + " probe=%s%n", count, wholeBytes / 1e6, viewBytes / 1e6, wholeBytes / 1e3 / count,
                viewBytes / 1e3 / count, (double) viewBytes / wholeBytes, view.post(posts(1).get(0).id()).isPresent());
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
