package dev.forkful.level;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A dish the kitchen must cook {@code orders} times.
 *
 * @param models     the models a player may choose, in the level's order (the first is the default)
 * @param maxWorkers the most workers a plan may give this task, per model that takes a worker count
 *                   ({@code process}, {@code thread})
 */
public record Task(
        String id, String name, int orders, Arrival arrive, List<Model> models, Map<Model, Integer> maxWorkers,
        List<Step> steps) {

    public static final int DEFAULT_MAX_WORKERS = 8;

    public Task {
        models = List.copyOf(models);
        maxWorkers = Map.copyOf(maxWorkers);
        steps = List.copyOf(steps);
    }

    /** One cap for every model that takes a count, as {@code max_workers = 8} writes it. */
    public Task(String id, String name, int orders, Arrival arrive, List<Model> models, int maxWorkers, List<Step> steps) {
        this(id, name, orders, arrive, models, sameFor(maxWorkers), steps);
    }

    /** The most workers a plan may give this task under {@code model}; 1 for a model that takes no count. */
    public int maxWorkers(Model model) {
        return model.takesWorkerCount() ? maxWorkers.getOrDefault(model, DEFAULT_MAX_WORKERS) : 1;
    }

    /**
     * Whether {@code model}'s chefs take a fridge lock that a plan could drop ({@code nolock}): thread
     * and virtual chefs when a step opens the fridge; a coroutine kitchen only when a take awaits
     * between its read and its write; process chefs never (the pantry answers one take at a time).
     */
    public boolean hasFridgeLock(Model model) {
        return switch (model) {
            case THREAD, VIRTUAL -> takesFromFridge();
            case COROUTINE -> steps.stream().anyMatch(s -> s.action() instanceof Step.Action.Fridge f && f.awaits());
            case PROCESS -> false;
        };
    }

    /** Whether a step of an order takes from the fridge (a loop, no lambda: a run's end asks it in the game's interpreter). */
    public boolean takesFromFridge() {
        for (Step s : steps) {
            if (s.action() instanceof Step.Action.Fridge) {
                return true;
            }
        }
        return false;
    }

    static Map<Model, Integer> sameFor(int maxWorkers) {
        Map<Model, Integer> caps = new EnumMap<>(Model.class);
        for (Model m : Model.values()) {
            if (m.takesWorkerCount()) {
                caps.put(m, maxWorkers);
            }
        }
        return caps;
    }
}
