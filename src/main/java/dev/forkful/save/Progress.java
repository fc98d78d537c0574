package dev.forkful.save;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the game remembers between sessions.
 *
 * @param levels   level id to the player's best on it
 * @param unlocked level ids the player may open (besides the first of the campaign, always open)
 */
public record Progress(Map<String, LevelProgress> levels, Set<String> unlocked) {
    public static final Progress EMPTY = new Progress(Map.of(), Set.of());

    public Progress {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        unlocked = Collections.unmodifiableSet(new LinkedHashSet<>(unlocked));
    }

    public LevelProgress of(String levelId) {
        return levels.getOrDefault(levelId, LevelProgress.NONE);
    }

    public Progress with(String levelId, LevelProgress record) {
        Map<String, LevelProgress> next = new LinkedHashMap<>(levels);
        next.put(levelId, record);
        return new Progress(next, unlocked);
    }

    public Progress unlock(String levelId) {
        Set<String> next = new LinkedHashSet<>(unlocked);
        next.add(levelId);
        return new Progress(levels, next);
    }

    /** The first level is always open; a level opens when the one before it earned a star. */
    public boolean isUnlocked(List<String> campaignOrder, String levelId) {
        int at = campaignOrder.indexOf(levelId);
        return at <= 0 || unlocked.contains(levelId) || of(campaignOrder.get(at - 1)).stars() > 0;
    }
}
