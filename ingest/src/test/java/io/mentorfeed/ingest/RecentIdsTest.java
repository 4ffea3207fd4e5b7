package io.mentorfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentIdsTest {
    @Test
    void currentIdsComeFirstThenOlderOnesUpToTheCap() {
        assertThat(RecentIds.merge(List.of("c", "b"), List.of("b", "a", "z"), 3)).containsExactly("c", "b", "a");
    }

    @Test
    void theCurrentDocumentIsAlwaysKeptWhole() {
        assertThat(RecentIds.merge(List.of("d", "c", "b"), List.of("a"), 2)).containsExactly("d", "c", "b");
    }
}
