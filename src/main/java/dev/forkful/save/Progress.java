package dev.forkful.save;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Everything the game remembers between sessions. A record is keyed by where its level comes from:
 * a campaign level by its id, a loose level file by its path, so that a file that borrows a
 * campaign id never writes into the campaign's record nor opens its next level.
 *
 * @param levels   campaign level id to the player's best on it
 * @param files    a loose level file's absolute path to the player's best on it
 * @param unlocked campaign level ids the player may open (besides the first, always open)
 */
public record Progress(Map<String, LevelProgress> levels, Map<String, LevelProgress> files, Set<String> unlocked) {
    public static final Progress EMPTY = new Progress(Map.of(), Map.of(), Set.of());

    public Progress {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        unlocked = Collections.unmodifiableSet(new LinkedHashSet<>(unlocked));
    }

    /** The record of a campaign level. */
    public LevelProgress of(String levelId) {
        return levels.getOrDefault(levelId, LevelProgress.NONE);
    }

    /** The record of a loose level file. */
    public LevelProgress ofFile(Path file) {
        return files.getOrDefault(fileKey(file), LevelProgress.NONE);
    }

    public Progress with(String levelId, LevelProgress record) {
        Map<String, LevelProgress> next = new LinkedHashMap<>(levels);
        next.put(levelId, record);
        return new Progress(next, files, unlocked);
    }

    public Progress withFile(Path file, LevelProgress record) {
        Map<String, LevelProgress> next = new LinkedHashMap<>(files);
        next.put(fileKey(file), record);
        return new Progress(levels, next, unlocked);
    }

    public Progress unlock(String levelId) {
        Set<String> next = new LinkedHashSet<>(unlocked);
        next.add(levelId);
        return new Progress(levels, files, next);
    }

    /** The first level is always open; a level opens when the one before it earned a star. */
    public boolean isUnlocked(List<String> campaignOrder, String levelId) {
        int at = campaignOrder.indexOf(levelId);
        return at <= 0 || unlocked.contains(levelId) || of(campaignOrder.get(at - 1)).stars() > 0;
    }

    /** Both games' progress: the best of each record, the union of unlocked levels. */
    public Progress merge(Progress other) {
        Set<String> open = new LinkedHashSet<>(unlocked);
        open.addAll(other.unlocked);
        return new Progress(union(levels, other.levels, LevelProgress::merge), union(files, other.files, LevelProgress::merge), open);
    }

    /**
     * These records with the hints revealed in {@code other} as well: after a save failed, the game
     * goes on from what the file holds, but a hint once shown stays on the screen.
     */
    public Progress withHintsOf(Progress other) {
        return merge(new Progress(hintsOnly(other.levels), hintsOnly(other.files), Set.of()));
    }

    private static Map<String, LevelProgress> hintsOnly(Map<String, LevelProgress> records) {
        Map<String, LevelProgress> out = new LinkedHashMap<>();
        records.forEach((key, r) -> {
            if (r.hintsSeen() > 0) {
                out.put(key, LevelProgress.NONE.withHintsSeen(r.hintsSeen()));
            }
        });
        return out;
    }

    private static Map<String, LevelProgress> union(Map<String, LevelProgress> a, Map<String, LevelProgress> b,
            BinaryOperator<LevelProgress> both) {
        Map<String, LevelProgress> out = new LinkedHashMap<>(a);
        b.forEach((key, record) -> out.merge(key, record, both));
        return out;
    }

    /** One file, one key, however it was named on the command line. */
    static String fileKey(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
