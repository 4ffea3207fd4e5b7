package io.mentorfeed.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondHolderIsToldWhichDirIsInUse() {
        Path dir = tmp.resolve("kafka");
        try (DataDirLock first = DataDirLock.acquire(dir)) {
            assertThat(dir.resolve(DataDirLock.FILE_NAME)).exists();
            assertThatThrownBy(() -> DataDirLock.acquire(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dir.toAbsolutePath().toString())
                    .hasMessageContaining("in use by another running mentorfeed");
        }
    }

    @Test
    void theLockIsFreeAgainOnceReleased() {
        Path dir = tmp.resolve("kafka");
        DataDirLock.acquire(dir).close();
        DataDirLock again = DataDirLock.acquire(dir);
        again.close();
    }
}
