package dev.forkful.save;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A game of its own for {@link ConcurrentSavesTest}: saves one new record at a time (only the new
 * one, so an update lost to another writer stays lost) into a shared data folder. It keeps saving
 * until every writer's first record is in the file, so the saves really overlap, then {@code more}
 * saves after that. Prints how many records it saved.
 */
public final class SaveWriter {
    private SaveWriter() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("saved " + write(Path.of(args[0]), args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3])));
    }

    /** Writes as writer {@code name} ({@code w0} to {@code w<writers-1>}); returns the number of records saved. */
    static int write(Path dir, String name, int writers, int more) throws IOException {
        SaveFile file = new SaveFile(dir);
        int saved = 0;
        for (int after = 0; after < more; saved++) {
            String key = name + "-" + saved;
            Progress written = file.save(Progress.EMPTY.with(key, new LevelProgress(1 + saved % 3, saved + 1, saved, 0)).unlock(key))
                    .progress();
            if (everyWriterStarted(written, writers)) {
                after++;
            } else if (saved > 2_000 || Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException(name + ": the other writers did not start");
            }
        }
        return saved;
    }

    private static boolean everyWriterStarted(Progress p, int writers) {
        for (int w = 0; w < writers; w++) {
            if (!p.levels().containsKey("w" + w + "-0")) {
                return false;
            }
        }
        return true;
    }
}
