package dev.forkful.level;

import java.time.Duration;

/**
 * The level's ideal wall time on a machine with {@code cores} cores: a lower bound that no plan
 * can beat, computed from the recipes, the arrivals and the cores, and the base of a star's
 * {@code par}. Because it scales with the cores, a par is as hard on 2 cores as on 16.
 *
 * <p>For one order, {@code path} is the sum of all its step times (cpu, wait, block and its
 * {@code takes}: {@link Recipe#TAKE_NANOS} per fridge step in a kitchen's fridge, none for process
 * chefs, whose takes are one pipe round trip to the supervisor's pantry) and {@code serial} the part
 * that occupies the worker's core or loop: cpu, plus block and takes for an event loop. For a task
 * of {@code n} orders, the last arriving at {@code last}, each allowed model with
 * {@code w} = its {@code max_workers} takes at least
 * <pre>
 *   max( last + path,                       the last order still has to be cooked
 *        n * path / slots,                  each slot (worker) cooks one order at a time
 *        n * serial / lanes,                the computing shares the lanes
 *        n * takes )                        the fridge's lock lets one chef take at a time
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
 * Kitchen start-up is not in it: the score's wall time starts at the first order's arrival. A plan
 * that drops the fridge's lock ({@code nolock}) may beat it, by losing updates.
 *
 * <p>On a busy machine the cores are shared: Linux gives each runnable thread a share of a core,
 * and the run measures the share that its own threads really had ({@code threadShare}: 1 on an
 * idle machine, 1/2 when as many threads of other programs wanted the cores). The ideal then gives
 * each model's computing threads, at most one per core, that share: {@code lanes} becomes
 * {@code min(threads, cores) * threadShare}. A plan with more computing threads than cores may take
 * a bigger share from the other programs and so beat this ideal; that speed comes from the other
 * programs, not from the plan's parallelism, and the ideal does not ask for it. On an idle machine
 * this is the formula above.
 */
public final class IdealTime {
    private IdealTime() {
    }

    /** The level's ideal wall time with {@code cores} cores on an idle machine. */
    public static Duration of(Level level, int cores) {
        return of(level, cores, 1);
    }

    /** The level's ideal wall time with {@code cores} cores, of which each computing thread had {@code threadShare}. */
    public static Duration of(Level level, int cores, double threadShare) {
        Cores machine = Cores.of(cores, threadShare);
        double longestTask = 0;
        double cpuOfAll = 0;
        for (Task task : level.tasks()) {
            longestTask = Math.max(longestTask, taskNanos(task, level.kitchen().gil(), machine));
            cpuOfAll += (double) task.orders() * Recipe.of(task).cpuNanos();
        }
        return Duration.ofNanos(Math.round(Math.max(longestTask, cpuOfAll / bestShare(level, machine))));
    }

    /**
     * The cores the best allowed plan's kitchens would have had: the share of as many computing
     * threads as the level's tasks may run at once, at most one per core.
     */
    public static double bestShare(Level level, Cores machine) {
        double threadsAtOnce = 0;
        for (Task task : level.tasks()) {
            threadsAtOnce += task.models().stream()
                    .mapToDouble(m -> threads(task, m, level.kitchen().gil(), machine.cores)).max().orElse(1);
        }
        return machine.share(threadsAtOnce);
    }

    /** One task's ideal wall time with {@code cores} cores on an idle machine, under its best allowed model. */
    public static Duration ofTask(Task task, boolean gil, int cores) {
        return ofTask(task, gil, cores, 1);
    }

    /** One task's ideal wall time with {@code cores} cores, of which each computing thread had {@code threadShare}. */
    public static Duration ofTask(Task task, boolean gil, int cores, double threadShare) {
        return Duration.ofNanos(Math.round(taskNanos(task, gil, Cores.of(cores, threadShare))));
    }

    /**
     * A machine's cores and the share of a core that each runnable thread of ours had (1 when idle).
     */
    public record Cores(int cores, double threadShare) {
        /** At least one core, and a share in (0, 1]; a share not measured (negative) counts as an idle machine. */
        public static Cores of(int cores, double threadShare) {
            return new Cores(Math.max(1, cores), threadShare <= 0 ? 1 : Math.min(1, threadShare));
        }

        /** The cores that {@code threads} computing threads get: one each, at most the machine's, times the share. */
        public double share(double threads) {
            return Math.min(threads, cores) * threadShare;
        }
    }

    private static double taskNanos(Task task, boolean gil, Cores machine) {
        double best = Double.MAX_VALUE;
        for (Model model : task.models()) {
            best = Math.min(best, modelNanos(task, model, gil, machine));
        }
        return task.orders() == 0 ? 0 : best;
    }

    /** How many threads of a model's kitchens can compute at once. */
    private static double threads(Task task, Model model, boolean gil, int cores) {
        int workers = Math.max(1, task.maxWorkers(model));
        return switch (model) {
            case PROCESS -> workers;
            case THREAD -> gil ? 1 : workers;
            case COROUTINE -> 1;
            case VIRTUAL -> gil ? 1 : cores;
        };
    }

    private static double modelNanos(Task task, Model model, boolean gil, Cores machine) {
        long n = task.orders();
        int workers = Math.max(1, task.maxWorkers(model));
        Recipe recipe = Recipe.of(task);
        double takes = model == Model.PROCESS ? 0 : recipe.takeNanos();
        double path = recipe.pathNanos() + takes;
        double serial = recipe.cpuNanos() + (model == Model.COROUTINE ? recipe.blockNanos() + takes : 0);
        double slots = switch (model) {
            case PROCESS, THREAD -> workers;
            case COROUTINE, VIRTUAL -> n;
        };
        double lanes = machine.share(threads(task, model, gil, machine.cores));
        double lastArrival = task.arrive().arrivalOf(Math.max(0, n - 1)).toNanos();
        // the last order's own path, the workers' queue, the cores' queue, the fridge's queue: the longest binds
        return Math.max(Math.max(lastArrival + path, n * takes), Math.max(n * path / slots, n * serial / lanes));
    }
}
