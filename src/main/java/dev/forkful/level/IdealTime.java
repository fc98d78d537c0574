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
 * <p>On a busy machine the cores are shared: Linux gives each runnable thread an equal share, so
 * with {@code others} threads of other programs wanting a core, {@code k} computing threads of ours
 * get {@code k} cores when {@code k + others <= cores} and {@code cores * k / (k + others)} when
 * not. The ideal gives each model's computing threads, at most one per core, that share: the best
 * plan is one chef per core. A plan of more computing threads than cores takes a bigger share from
 * the other programs (where they run in the same scheduling group as the game) and may beat this
 * ideal; that speed is taken from them, not earned by parallelism, and the ideal does not ask for
 * it. On an idle machine this is the formula above. Linux does not share quite equally: a thread
 * that sleeps a moment now and then (a GIL's hand-off every 5 ms) is given a little more than one
 * that never does (two busy loops on 2 cores left a GIL's one computing thread 0.72 of a core, not
 * 2/3). So where the run measured the share its own computing threads had ({@link Machine#threadShare}),
 * each of the ideal's threads gets at least that: the ideal never gives the best plan a worse
 * machine than the played plan's own threads had.
 *
 * <p>A take's pause is a park of {@link Recipe#TAKE_NANOS}, and no thread wakes from a park on time:
 * Linux runs the timer late by its slack and the woken thread waits to be run. With the fridge's
 * lock held across the pause, that lateness is paid once per take, one take after another
 * (delivery-car: 1,200 takes of 100 µs paid about 250 µs each on this 2-core machine, quiet). So on a
 * measured machine each take counts {@link Machine#wakeDelayNanos} more, the median lateness of a
 * thread of the game that parks every few ms beside the run.
 *
 * <p>A recipe's cpu time is calibrated work: what it takes on one core, timed once on this machine.
 * The run's chefs may compute slower (a kitchen's cold JIT, a core slower than the one calibrated,
 * as on laptops with efficiency cores or on a virtual machine's shared core) or faster; each
 * kitchen measures the CPU its cpu work really took, and the ideal counts the cpu time at that
 * {@link Machine#speed}. Waiting takes no CPU time, so a busy machine does not lower the speed: that
 * is the share's part.
 */
public final class IdealTime {
    private IdealTime() {
    }

    /** The level's ideal wall time with {@code cores} cores on an idle machine. */
    public static Duration of(Level level, int cores) {
        return of(level, Machine.idle(cores));
    }

    /** The level's ideal wall time on {@code machine}: its cores, shared with other programs' runnable threads. */
    public static Duration of(Level level, Machine machine) {
        double longestTask = 0;
        double cpuOfAll = 0;
        for (Task task : level.tasks()) {
            longestTask = Math.max(longestTask, taskNanos(task, level.kitchen().gil(), machine));
            cpuOfAll += (double) task.orders() * Recipe.of(task).cpuNanos() / machine.speed;
        }
        return Duration.ofNanos(Math.round(Math.max(longestTask, cpuOfAll / bestShare(level, machine))));
    }

    /**
     * The cores the best allowed plan's kitchens would have had: the share of as many computing
     * threads as the level's tasks may run at once, at most one per core.
     */
    public static double bestShare(Level level, Machine machine) {
        double threadsAtOnce = 0;
        for (Task task : level.tasks()) {
            threadsAtOnce += task.models().stream()
                    .mapToDouble(m -> threads(task, m, level.kitchen().gil(), machine.cores)).max().orElse(1);
        }
        return machine.share(threadsAtOnce);
    }

    /** One task's ideal wall time with {@code cores} cores on an idle machine, under its best allowed model. */
    public static Duration ofTask(Task task, boolean gil, int cores) {
        return ofTask(task, gil, Machine.idle(cores));
    }

    /** One task's ideal wall time on {@code machine}. */
    public static Duration ofTask(Task task, boolean gil, Machine machine) {
        return Duration.ofNanos(Math.round(taskNanos(task, gil, machine)));
    }

    /**
     * A machine as the ideal counts it: its cores, how many threads of other programs wanted them on
     * average (0 when idle), how late a thread that parks for a moment wakes (the fridge's pause
     * is such a park), and how fast its cores computed the calibrated work (1: as calibrated).
     */
    public record Machine(int cores, double others, long wakeDelayNanos, double speed, double threadShare) {
        /** At least one core; what was not measured (negative) counts as nothing; computing as calibrated. */
        public static Machine of(int cores, double others, long wakeDelayNanos) {
            return new Machine(Math.max(1, cores), Math.max(0, others), Math.max(0, wakeDelayNanos), 1, 0);
        }

        /** This machine with its cores computing at {@code speed} times the calibrated rate; not measured (0 or less): 1. */
        public Machine withSpeed(double speed) {
            return new Machine(cores, others, wakeDelayNanos, speed > 0 ? speed : 1, threadShare);
        }

        /**
         * This machine where a computing thread of the run had {@code threadShare} of a core while it
         * wanted one (at most 1; not measured, negative: nothing).
         */
        public Machine withThreadShare(double threadShare) {
            return new Machine(cores, others, wakeDelayNanos, speed, Math.min(1, Math.max(0, threadShare)));
        }

        /** The ideal's machine before anything is measured: its cores alone, and timers on time. */
        public static Machine idle(int cores) {
            return of(cores, 0, 0);
        }

        /**
         * The cores that {@code threads} computing threads of ours get, at most one per core: as
         * Linux gives every runnable thread an equal share, or each the share a computing thread of
         * the run measured, whichever is more.
         */
        public double share(double threads) {
            double k = Math.min(threads, cores);
            return Math.max(k + others <= cores ? k : cores * k / (k + others), k * threadShare);
        }
    }

    private static double taskNanos(Task task, boolean gil, Machine machine) {
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

    private static double modelNanos(Task task, Model model, boolean gil, Machine machine) {
        long n = task.orders();
        int workers = Math.max(1, task.maxWorkers(model));
        Recipe recipe = Recipe.of(task);
        double takes = model == Model.PROCESS ? 0 : recipe.takeNanos() + recipe.takes() * machine.wakeDelayNanos;
        double cpu = recipe.cpuNanos() / machine.speed;
        double path = recipe.pathNanos() - recipe.cpuNanos() + cpu + takes;
        double serial = cpu + (model == Model.COROUTINE ? recipe.blockNanos() + takes : 0);
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
