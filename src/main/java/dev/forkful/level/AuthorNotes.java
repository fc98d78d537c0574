package dev.forkful.level;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code check} tells a level's author beyond its validity: the ideal times to set {@code par}
 * against, and a fridge that runs out when the stars do not allow it.
 */
public final class AuthorNotes {
    private AuthorNotes() {
    }

    /** {@code ideal time on 2 cores: 0.460s (soup 0.400s, bread 0.460s)}. */
    public static String idealTimes(Level level) {
        int cores = LevelReader.REFERENCE_CORES;
        String tasks = level.tasks().stream()
                .map(t -> t.id() + " " + seconds(IdealTime.ofTask(t, level.kitchen().gil(), cores)))
                .collect(Collectors.joining(", "));
        return "ideal time on " + cores + " cores: " + seconds(IdealTime.of(level, cores)) + " (" + tasks + ")";
    }

    /**
     * A task whose orders take more of an ingredient than the fridge holds loses dishes, whatever the
     * plan: a problem unless the level means to run out, which it says by a top star that asks less
     * than every order served (or no {@code served} at all).
     */
    public static List<String> fridgeShortfalls(Level level) {
        if (allowsLostDishes(level.stars())) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Task task : level.tasks()) {
            Map<String, Long> perOrder = new LinkedHashMap<>();
            for (Step step : task.steps()) {
                if (step.action() instanceof Step.Action.Fridge f) {
                    perOrder.merge(f.ingredient(), f.take(), Long::sum);
                }
            }
            perOrder.forEach((ingredient, take) -> {
                long stock = level.fridge().getOrDefault(ingredient, 0L);
                if ((double) take * task.orders() > stock) {
                    problems.add(Plain.format("task \"%s\" takes %,d %s (%,d orders × %,d) but the [fridge] holds %,d: "
                            + "dishes will be lost whatever the plan, and the stars ask every order served; raise the "
                            + "stock, or let the top star allow lost dishes (served below 1)", task.id(),
                            take * task.orders(), ingredient, task.orders(), take, stock));
                }
            });
        }
        return problems;
    }

    private static String seconds(java.time.Duration d) {
        return Plain.format("%.3fs", d.toNanos() / 1e9);
    }

    private static boolean allowsLostDishes(Stars stars) {
        if (stars.rules().isEmpty()) {
            return false; // the default three stars ask served = 1.0
        }
        return stars.rules().stream().mapToDouble(r -> r.served().orElse(0)).max().orElse(0) < 1;
    }
}
