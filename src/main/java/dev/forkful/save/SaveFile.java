package dev.forkful.save;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The progress file, {@code progress.json} in the data folder. A save merges: under
 * {@link SaveLock} it reads the file, keeps the best of what is there and of this game, and
 * replaces the file atomically (a temporary file, fsync, rename), so several games at once lose
 * nothing and a crash mid-write leaves the old file whole. The file is read with limits (a regular
 * file, at most {@link #MAX_BYTES}, strict JSON of sound records); one that fails them is renamed
 * aside, never overwritten, and the caller is told where it went. One file holds every campaign's
 * progress ({@link SavedProgress}); a {@code SaveFile} reads and merges one campaign's part of it.
 */
public final class SaveFile {
    /** A record is about 150 bytes: this is room for tens of thousands of levels, and no more. */
    static final int MAX_BYTES = 4 << 20;
    /** The temporary files {@link #write} makes; one left by a killed game is removed under the lock. */
    private static final Pattern TEMPORARY = Pattern.compile("progress\\d+\\.tmp");
    private final Path file;
    private final SaveLock lock;
    private final Clock clock;
    /** The folder campaign whose progress this game reads and saves; empty for the built-in one. */
    private final Optional<String> campaign;

    /** The built-in campaign's progress. */
    public SaveFile(Path dataDir) {
        this(dataDir, Optional.empty(), Clock.systemUTC());
    }

    /** The progress of the folder campaign called {@code campaignKey}, kept apart from every other campaign's. */
    public SaveFile(Path dataDir, String campaignKey) {
        this(dataDir, Optional.of(campaignKey), Clock.systemUTC());
    }

    SaveFile(Path dataDir, Clock clock) {
        this(dataDir, Optional.empty(), clock);
    }

    SaveFile(Path dataDir, Optional<String> campaign, Clock clock) {
        this.file = dataDir.resolve("progress.json");
        this.lock = new SaveLock(dataDir.resolve("progress.json.lock"));
        this.clock = clock;
        this.campaign = campaign;
    }

    public Path path() {
        return file;
    }

    /** What the file holds, and a message for the player when it was damaged and set aside. */
    public record Loaded(Progress progress, Optional<String> problem) {}

    /**
     * Reads the progress, under the lock when it can be taken (a read-only folder has none to take:
     * the file is then only read, as a rename never shows half of it).
     */
    public Loaded load() {
        if (!Files.isDirectory(file.getParent())) {
            return new Loaded(Progress.EMPTY, Optional.empty());
        }
        try {
            return lock.holding(() -> {
                removeLeftovers();
                return read();
            });
        } catch (IOException noLock) {
            return read();
        }
    }

    /**
     * Merges {@code game} into the file: what the file holds (another game's records too) and this
     * game's, the best of each. Returns what was written.
     */
    public Loaded save(Progress game) throws IOException {
        Files.createDirectories(file.getParent());
        return lock.holding(() -> {
            removeLeftovers();
            Whole now = readWhole();
            if (now.problem().isPresent() && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(now.problem().get()); // damaged and not moved aside: never written over
            }
            SavedProgress merged = now.saved().merge(campaign, game);
            write(merged);
            return new Loaded(merged.of(campaign), now.problem());
        });
    }

    /** What went wrong, in one line: the file and the system's reason, no exception class names. */
    public static String why(Exception e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String reason = fs.getReason() != null ? fs.getReason()
                    : fs instanceof AccessDeniedException ? "permission denied"
                    : fs instanceof FileAlreadyExistsException ? "a file is in the way" : fs.getClass().getSimpleName();
            return fs.getFile() + ": " + reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** Every campaign's progress as the file holds it, and what was wrong with the file. */
    private record Whole(SavedProgress saved, Optional<String> problem) {}

    private Loaded read() {
        Whole whole = readWhole();
        return new Loaded(whole.saved().of(campaign), whole.problem());
    }

    private Whole readWhole() {
        try {
            return new Whole(ProgressJson.parse(readBounded()), Optional.empty());
        } catch (NoSuchFileException none) {
            return new Whole(SavedProgress.EMPTY, Optional.empty());
        } catch (IOException | ProgressJson.Damaged damaged) {
            return new Whole(SavedProgress.EMPTY, Optional.of(setAside(damaged)));
        }
    }

    /** The file's text, after checking that reading it ends: not a FIFO, not a link to a device, not huge. */
    private String readBounded() throws IOException, ProgressJson.Damaged {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new ProgressJson.Damaged("it is " + (attributes.isSymbolicLink() ? "a symbolic link" : attributes.isDirectory()
                    ? "a folder" : "a device or a pipe") + ", not a regular file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_BYTES + 1); // the file may have grown since its size was read
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new ProgressJson.Damaged("it is not UTF-8 text");
        }
    }

    private static ProgressJson.Damaged tooLarge() {
        return new ProgressJson.Damaged("it is larger than " + (MAX_BYTES >> 20) + " MB, far more than any progress");
    }

    private String setAside(Exception why) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        Path aside = file.resolveSibling("progress.json.damaged-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return "could not read your progress in " + file + " (" + why(why)
                    + ") nor move it aside (" + why(e) + "); starting afresh without saving over it";
        }
        return "your progress file could not be read (" + why(why) + "); it was kept as " + aside
                + " and the game starts afresh";
    }

    /** Temporary files of a game killed mid-save: under the lock no other game is writing one. */
    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(file.getParent(), "progress*.tmp")) {
            for (Path t : temps) {
                if (TEMPORARY.matcher(t.getFileName().toString()).matches()) {
                    Files.deleteIfExists(t);
                }
            }
        }
    }

    /** Replaces the file in one step: readers see the old progress or the new, never half of it. */
    private void write(SavedProgress progress) throws IOException {
        AtomicFile.replace(file, "progress", ProgressJson.format(progress));
    }
}
