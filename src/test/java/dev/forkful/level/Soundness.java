package dev.forkful.level;

import java.time.Duration;
import java.util.List;

/** What a level promises in theory, on the 2-core reference machine: the bounds its tests check. */
final class Soundness {
    static final int CORES = 2;

    private Soundness() {
    }

    /** The best wall time this plan could reach, as a multiple of the level's ideal. */
    static double ratio(Level level, List<Task> plan) {
        double cpuOfAll = 0;
        double longest = 0;
        for (Task task : plan) {
            longest = Math.max(longest, IdealTime.ofTask(task, level.kitchen().gil(), CORES).toNanos());
            cpuOfAll += (double) task.orders() * Recipe.of(task).cpuNanos();
        }
        return Math.max(longest, cpuOfAll / CORES) / IdealTime.of(level, CORES).toNanos();
    }

    /** The task as one plan entry would run it: one model with that many workers. */
    static Task only(Task task, Model model, int workers) {
        return new Task(task.id(), task.name(), task.orders(), task.arrive(), List.of(model), workers, task.steps());
    }

    static double par(Level level, String star) {
        return level.stars().rules().stream().filter(r -> r.name().equals(star)).findFirst().orElseThrow()
                .par().orElseThrow();
    }

    /** The slowest plan: one worker per task, cooking each order after the last with no overlap at all. */
    static Duration oneWorkerEach(Level level) {
        long slowest = 0;
        for (Task task : level.tasks()) {
            long lastArrival = task.arrive().arrivalOf(task.orders() - 1L).toNanos();
            slowest = Math.max(slowest, lastArrival + task.orders() * Recipe.of(task).pathNanos());
        }
        return Duration.ofNanos(slowest);
    }
}
