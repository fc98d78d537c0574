package dev.forkful.level;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One level file, validated. Built only by {@link LevelLoader}.
 *
 * @param source  where it was read from (a file, or a campaign resource name)
 * @param chapter the file's own {@code chapter} key, 0 without one; it orders nothing: a campaign file, else the file names, does
 * @param fridge  ingredient to starting stock, in file order
 */
public record Level(
        Path source,
        String id,
        String title,
        int chapter,
        String brief,
        String lesson,
        List<String> hints,
        Kitchen kitchen,
        Map<String, Long> fridge,
        List<Task> tasks,
        Stars stars) {

    public Level {
        hints = List.copyOf(hints);
        fridge = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fridge));
        tasks = List.copyOf(tasks);
    }

    public java.util.Optional<Task> task(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }
}
