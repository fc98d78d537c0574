package dev.forkful.level;

import java.util.List;

/**
 * A dish the kitchen must cook {@code orders} times.
 *
 * @param models     the models a player may choose, in the level's order (the first is the default)
 * @param maxWorkers the most workers a plan may give this task
 */
public record Task(
        String id, String name, int orders, Arrival arrive, List<Model> models, int maxWorkers, List<Step> steps) {

    public static final int DEFAULT_MAX_WORKERS = 8;

    public Task {
        models = List.copyOf(models);
        steps = List.copyOf(steps);
    }
}
