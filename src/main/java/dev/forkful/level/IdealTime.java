package dev.forkful.level;

import java.time.Duration;

/**
 * The level's ideal wall time on a machine with {@code cores} cores: a lower bound that no plan
 * can beat, computed from the recipes, the arrivals and the cores, and the base of a star's
 * {@code par}. Because it scales with the cores, a par is as hard on 2 cores as on 16.
 *
 * <p>For one order, {@code path} is the sum of all its step times (cpu, wait and block; a fridge
 * take counts as no time) and {@code serial} the part that occupies the worker's core or loop:
 * cpu, plus block for an event loop. For a task of {@code n} orders, the last arriving at
 * {@code last}, each allowed model with {@code w} = its {@code max_workers} takes at least
 * <pre>
 *   max( last + path,                       the last order still has to be cooked
 *        n * path / slots,                  each slot (worker) cooks one order at a time
 *        n * serial / lanes )               the computing shares the lanes
 * </pre>
 * where {@code slots} is {@code w} for process and thread chefs and unlimited for coroutine and
 * virtual (one coroutine or virtual thread per order), and {@code lanes} is {@code min(w, cores)}
 * for process and thread ({@code 1} for thread when the level sets {@code gil}), {@code 1} for
 * coroutine (one loop thread), {@code cores} for virtual ({@code 1} with the gil). The task's
 * ideal is its best allowed model. Tasks cook side by side, each in its own kitchens, but all
 * share the cores, so the level's ideal is
 * <pre>
 *   max( the longest task's ideal,  sum over tasks of n * cpu per order / cores )
 * </pre>
 * Kitchen start-up is not in it: the score's wall time starts at the first order's arrival.
 */
public final class IdealTime {
    private IdealTime() {
    }

    /** The level's ideal wall time with {@code cores} cores. */
    public static Duration of(Level level, int cores) {
        double longestTask = 0;
        double cpuOfAll = 0;
        for (Task task : level.tasks()) {
            longestTask = Math.max(longestTask, taskNanos(task, level.kitchen().gil(), cores));
            cpuOfAll += (double) task.orders() * Recipe.of(task).cpuNanos();
        }
        return Duration.ofNanos(Math.round(Math.max(longestTask, cpuOfAll / Math.max(1, cores))));
    }

    /** One task's ideal wall time with {@code cores} cores, under its best allowed model. */
    public static Duration ofTask(Task task, boolean gil, int cores) {
        return Duration.ofNanos(Math.round(taskNanos(task, gil, cores)));
    }

    private static double taskNanos(Task task, boolean gil, int cores) {
        double best = Double.MAX_VALUE;
        for (Model model : task.models()) {
            best = Math.min(best, modelNanos(task, model, gil, Math.max(1, cores)));
        }
        return task.orders() == 0 ? 0 : best;
    }

    private static double modelNanos(Task task, Model model, boolean gil, int cores) {
        long n = task.orders();
        int workers = Math.max(1, task.maxWorkers(model));
        Recipe recipe = Recipe.of(task);
        double path = recipe.pathNanos();
        double serial = recipe.cpuNanos() + (model == Model.COROUTINE ? recipe.blockNanos() : 0);
        double slots = switch (model) {
            case PROCESS, THREAD -> workers;
            case COROUTINE, VIRTUAL -> n;
        };
        double lanes = switch (model) {
            case PROCESS -> Math.min(workers, cores);
            case THREAD -> gil ? 1 : Math.min(workers, cores);
            case COROUTINE -> 1;
            case VIRTUAL -> gil ? 1 : cores;
        };
        double lastArrival = task.arrive().arrivalOf(Math.max(0, n - 1)).toNanos();
        // the last order's own path, the workers' queue, the cores' queue: the longest binds
        return Math.max(lastArrival + path, Math.max(n * path / slots, n * serial / lanes));
    }
}
