package io.mentorfeed.app.config;

import java.time.Duration;

/** The demo's sample-feed server: how often each sample mentor publishes, and how many posts a feed shows. */
public record DemoOptions(Duration publishEvery, int postsPerFeed) {
    public DemoOptions {
        if (publishEvery == null || publishEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("demo.publish-every must be at least 1s");
        }
        if (postsPerFeed < 1 || postsPerFeed > 100) {
            throw new IllegalArgumentException("demo.posts-per-feed must be between 1 and 100, not " + postsPerFeed);
        }
    }

    public static DemoOptions defaults() {
        return new DemoOptions(Duration.ofSeconds(10), 10);
    }
}
