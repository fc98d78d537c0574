package dev.forkful.level;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A campaign: levels in play order, in chapters. The built-in one comes from the jar
 * ({@link Campaign}), a folder's from {@link CampaignFolder}: in the chapters of its
 * {@code campaign.toml}, else one untitled chapter in file-name order.
 *
 * @param key      what the player's progress in it is kept under; empty for the built-in campaign
 * @param title    the campaign file's title, if it has one
 * @param chapters in play order, none empty
 */
public record CampaignChapters(Optional<String> key, Optional<String> title, List<Chapter> chapters) {

    /** One chapter: its title (none in a folder without a campaign file) and its levels in play order. */
    public record Chapter(Optional<String> title, List<Level> levels) {
        public Chapter {
            levels = List.copyOf(levels);
        }
    }

    public CampaignChapters {
        chapters = List.copyOf(chapters);
    }

    /** One untitled chapter of {@code levels}: a folder without a campaign file, or a test's few levels. */
    public static CampaignChapters untitled(Optional<String> key, List<Level> levels) {
        return new CampaignChapters(key, Optional.empty(), levels.isEmpty() ? List.of() : List.of(new Chapter(Optional.empty(), levels)));
    }

    /** Every level, chapter after chapter. */
    public List<Level> levels() {
        return chapters.stream().flatMap(c -> c.levels().stream()).toList();
    }

    /**
     * A level's number across the whole campaign, from 1; 0 for a level not in it. Levels are found by
     * identity, as every screen holds the campaign's own: a record's {@code equals} compares every
     * component, and its first calls link one method handle per record type (Level, Stars, Task, Step...),
     * 30 to 50 ms of the first frame.
     */
    public int number(Level level) {
        int n = 0;
        for (Chapter chapter : chapters) {
            for (Level l : chapter.levels()) {
                n++;
                if (l == level) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** A level's chapter number, from 1; 0 for a level not in it (found by identity, as {@link #number}). */
    public int chapterNumber(Level level) {
        for (int i = 0; i < chapters.size(); i++) {
            for (Level l : chapters.get(i).levels()) {
                if (l == level) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The level numbered or called {@code text} in this campaign ({@code 3} or {@code chopping-board}). */
    public Optional<Level> byNumberOrId(String text) {
        List<Level> levels = levels();
        if (text.matches("\\d{1,9}")) {
            int n = Integer.parseInt(text);
            return n >= 1 && n <= levels.size() ? Optional.of(levels.get(n - 1)) : Optional.empty();
        }
        return levels.stream().filter(l -> l.id().equals(text)).findFirst();
    }

    /**
     * The level that {@code text} names: its number in the campaign ({@code 3}), its id
     * ({@code chopping-board}), or a level file's path (read on its own, not part of the campaign).
     */
    public Level find(String text) throws LevelException {
        boolean looksLikePath = looksLikePath(text);
        Optional<Level> inCampaign = looksLikePath ? Optional.empty() : byNumberOrId(text);
        if (inCampaign.isPresent()) {
            return inCampaign.get();
        }
        if (text.matches("\\d{1,9}")) {
            throw new LevelException(new LevelProblem(text, 0, "no level has this number: the campaign's levels are numbered 1 to "
                    + levels().size() + " (forkful levels lists them)"));
        }
        Path path = null;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            // not a path: treated as an unknown id below
        }
        // a file is read on its own: `run my-level.toml` need not load the whole campaign first
        // not only when it exists: a name too long or a folder not ours is said by the loader, not as "no such file"
        if (path != null && !Files.notExists(path)) {
            return LevelLoader.load(path);
        }
        if (looksLikePath) {
            throw new LevelException(new LevelProblem(text, 0, "no such file" + siblingLike(path)));
        }
        List<String> ids = levels().stream().map(Level::id).toList();
        throw new LevelException(new LevelProblem(text, 0, "no campaign level has this id"
                + Suggest.didYouMean(text, ids) + " (levels: " + String.join(", ", ids) + ")"));
    }

    /**
     * A level file named by a path ({@code my-level.toml}, {@code ./levels/x}) that exists, read on its
     * own: no campaign need be read before it. Empty for anything else, which {@link #find} answers.
     */
    public static Optional<Level> existingFile(String text) throws LevelException {
        if (!looksLikePath(text)) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(text);
            return Files.exists(path) ? Optional.of(LevelLoader.load(path)) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikePath(String text) {
        return text.contains("/") || text.contains("\\") || text.endsWith(".toml");
    }

    /** "Did you mean" among the level files next to a path that does not exist. */
    private static String siblingLike(Path path) {
        if (path == null || path.getFileName() == null) {
            return "";
        }
        Path dir = path.toAbsolutePath().getParent();
        try (Stream<Path> files = dir == null ? Stream.empty() : Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".toml")).toList();
            return Suggest.closest(path.getFileName().toString(), names)
                    .map(n -> "; did you mean \"" + path.resolveSibling(n) + "\"?").orElse("");
        } catch (IOException e) {
            return ""; // no folder to look in: nothing to suggest
        }
    }
}
