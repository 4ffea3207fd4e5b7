package io.mentorfeed.app.kafka;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on the broker's data dir, held while the broker runs, so that a second mentorfeed (another
 * process, or another broker in this JVM) is told plainly instead of failing deep inside Kafka's log manager.
 * The file is not Kafka's own ".lock", which the log manager takes itself once started.
 */
final class DataDirLock implements AutoCloseable {
    static final String FILE_NAME = "mentorfeed-broker.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot use Kafka data dir " + dataDir.toAbsolutePath()
                    + ": " + e.getMessage() + "; check that it is a writable folder", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalStateException("Kafka data dir " + dataDir.toAbsolutePath()
                    + " is in use by another running mentorfeed (lock " + FILE_NAME
                    + "): stop that one first, or give this one another data dir");
        }
        return new DataDirLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing left to release.
        }
    }
}
