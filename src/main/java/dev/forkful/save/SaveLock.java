package dev.forkful.save;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One game at a time reads, merges and writes the progress: an OS file lock on a file beside the
 * save (the file itself is replaced by rename, so it cannot carry the lock) for other games, and a
 * lock in this JVM for its own threads, since the OS lock belongs to the whole process.
 */
final class SaveLock {
    /** A save takes milliseconds; a game that holds the lock longer is stopped (Ctrl-Z) or stuck. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();
    private final Path lockFile;

    SaveLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    interface Work<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} holding the lock; fails when the lock file cannot be opened or stays held. */
    <T> T holding(Work<T> work) throws IOException {
        try {
            if (!IN_THIS_JVM.tryLock(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw held();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + lockFile);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = acquire(channel)) {
            return work.run();
        } finally {
            IN_THIS_JVM.unlock();
        }
    }

    /** Polls rather than blocks in {@link FileChannel#lock()}, so that a stopped game cannot hang this one for good. */
    private FileLock acquire(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (FileLock lock; ; LockSupport.parkNanos(RETRY_NANOS)) {
            if ((lock = channel.tryLock()) != null) {
                return lock;
            }
            if (System.nanoTime() - deadline > 0) {
                throw held();
            }
        }
    }

    private IOException held() {
        return new IOException("another forkful game has held " + lockFile + " for " + PATIENCE.toSeconds() + " s");
    }
}
