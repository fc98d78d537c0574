package dev.forkful.save;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The progress file, {@code progress.json} in the data folder. Written atomically (a temporary
 * file, fsync, rename) so that a crash mid-write leaves the old file whole; a file that cannot be
 * read is renamed aside, never overwritten, and the caller is told where it went.
 */
public final class SaveFile {
    private static final int FORMAT = 1;
    private final Path file;
    private final Clock clock;

    public SaveFile(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    SaveFile(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("progress.json");
        this.clock = clock;
    }

    public Path path() {
        return file;
    }

    /** What was read, and a message for the player when the file was damaged and set aside. */
    public record Loaded(Progress progress, Optional<String> problem) {}

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Progress.EMPTY, Optional.empty());
        }
        try {
            return new Loaded(parse(Files.readString(file, StandardCharsets.UTF_8)), Optional.empty());
        } catch (IOException | RuntimeException damaged) {
            return new Loaded(Progress.EMPTY, Optional.of(setAside(damaged)));
        }
    }

    private String setAside(Exception why) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        Path aside = file.resolveSibling("progress.json.damaged-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return "could not read your progress in " + file + " (" + why.getMessage()
                    + ") nor move it aside (" + e.getMessage() + "); starting afresh without saving over it";
        }
        return "your progress file could not be read (" + why.getMessage() + "); it was kept as " + aside
                + " and the game starts afresh";
    }

    static Progress parse(String text) {
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        if (!root.has("format") || root.get("format").getAsInt() != FORMAT) {
            throw new JsonParseException("unknown format " + root.get("format"));
        }
        Map<String, LevelProgress> levels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("levels").entrySet()) {
            JsonObject l = e.getValue().getAsJsonObject();
            levels.put(e.getKey(), new LevelProgress(
                    l.get("stars").getAsInt(),
                    l.get("best_wall_ms").getAsLong(),
                    l.get("best_throughput_per_s").getAsDouble(),
                    l.get("hints_seen").getAsInt()));
        }
        Set<String> unlocked = new LinkedHashSet<>();
        root.getAsJsonArray("unlocked").forEach(id -> unlocked.add(id.getAsString()));
        return new Progress(levels, unlocked);
    }

    static String format(Progress progress) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            w.beginObject().name("format").value(FORMAT).name("levels").beginObject();
            for (Map.Entry<String, LevelProgress> e : progress.levels().entrySet()) {
                LevelProgress l = e.getValue();
                w.name(e.getKey()).beginObject()
                        .name("stars").value(l.stars())
                        .name("best_wall_ms").value(l.bestWallMs())
                        .name("best_throughput_per_s").value(l.bestThroughput())
                        .name("hints_seen").value(l.hintsSeen())
                        .endObject();
            }
            w.endObject().name("unlocked").beginArray();
            for (String id : progress.unlocked()) {
                w.value(id);
            }
            w.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** Replaces the file in one step: readers see the old progress or the new, never half of it. */
    public void save(Progress progress) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "progress", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(format(progress).getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
