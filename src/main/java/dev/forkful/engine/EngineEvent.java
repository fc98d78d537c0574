package dev.forkful.engine;

import dev.forkful.level.Model;
import java.util.Arrays;
import java.util.Objects;

/**
 * What the supervisor saw happen, in one stream that the score and the UI both read. Every event
 * carries {@code atNanos}, the time since the run started. Kitchens are numbered per task from 0;
 * orders are numbered per task from 0.
 */
public sealed interface EngineEvent {
    long atNanos();

    /** A kitchen (a child OS process) is up and has said hello. */
    record KitchenStarted(long atNanos, String task, int kitchen, Model model, long pid, int chefs)
            implements EngineEvent {}

    /** A kitchen's process ended; {@code exitStatus} is the real one (128+signal when killed by a signal). */
    record KitchenDied(long atNanos, String task, int kitchen, long pid, int exitStatus, boolean abnormal)
            implements EngineEvent {}

    /**
     * Orders {@code first} to {@code first + count - 1} came in together and wait for a chef. One event
     * for those arriving at once, not one per order: a banquet's 100,000 orders arrive in one go.
     */
    record OrdersArrived(long atNanos, String task, long first, int count) implements EngineEvent {}

    /**
     * A chef started a step of an order. A chef that starts several steps within one burst of its
     * kitchen's output is reported on the last of them only: each chef's current step is exact
     * at every burst, the steps it went through in between are not shown.
     */
    record StepStarted(long atNanos, String task, int kitchen, int chef, long order, int step)
            implements EngineEvent {}

    /**
     * Dishes kitchen {@code kitchen} served, as one line of its output said them, in its order: dish
     * {@code i} is order {@code orders[i]}, cooked by chef {@code chefs[i]}, {@code latencyNanos[i]} after
     * the order arrived. One event per line, not per dish: a banquet serves 100,000 dishes in a few
     * hundred milliseconds, and every listener keeps a count or a sum of them.
     */
    record OrdersServed(long atNanos, String task, int kitchen, long[] orders, int[] chefs, long[] latencyNanos)
            implements EngineEvent {
        /** One dish. */
        public static OrdersServed one(long atNanos, String task, int kitchen, int chef, long order, long latencyNanos) {
            return new OrdersServed(atNanos, task, kitchen, new long[] {order}, new int[] {chef}, new long[] {latencyNanos});
        }

        public int count() {
            return orders.length;
        }

        // by the dishes, not the arrays' identities
        @Override
        public boolean equals(Object o) {
            return o instanceof OrdersServed s && atNanos == s.atNanos && task.equals(s.task) && kitchen == s.kitchen
                    && Arrays.equals(orders, s.orders) && Arrays.equals(chefs, s.chefs) && Arrays.equals(latencyNanos, s.latencyNanos);
        }

        @Override
        public int hashCode() {
            return Objects.hash(atNanos, task, kitchen, Arrays.hashCode(orders), Arrays.hashCode(chefs), Arrays.hashCode(latencyNanos));
        }

        @Override
        public String toString() {
            return "OrdersServed[atNanos=" + atNanos + ", task=" + task + ", kitchen=" + kitchen + ", orders=" + Arrays.toString(orders)
                    + ", chefs=" + Arrays.toString(chefs) + ", latencyNanos=" + Arrays.toString(latencyNanos) + "]";
        }
    }

    /**
     * How a served order was cooked, sent with it: the chef began it at {@code startNanos}; for each step
     * {@code i} of the recipe, {@code steps[3i]} is when the chef held the step's locks (its start when it
     * holds none; a step starts where the one before it ended), {@code steps[3i+1]} when the step ended and
     * {@code steps[3i+2]} how long of it went waiting for the GIL. Times are on the run's clock.
     */
    record OrderCooked(long atNanos, String task, int kitchen, int chef, long order, long startNanos, long[] steps)
            implements EngineEvent {}

    /** An order is lost: an exception, a dead kitchen, or the time limit. */
    record OrderLost(long atNanos, String task, long order, String reason) implements EngineEvent {}

    /** A kitchen ended abnormally and took {@code dishesLost} dishes with it. */
    record Crash(long atNanos, String task, Model model, String kind, long pid, int exitStatus, int dishesLost)
            implements EngineEvent {}

    /**
     * A kitchen or chef stopped making progress for {@code stalledMs}: a freeze (killed by the
     * watchdog) or a stall (a blocking step holding an event loop).
     */
    record Freeze(long atNanos, String task, Model model, int kitchen, long stalledMs, String cause, boolean killed)
            implements EngineEvent {}

    /**
     * Which chef a {@link Freeze} found stuck, told just before it: {@code chef} (0 for a process house or a
     * coroutine kitchen's loop) was on step {@code step} of {@code order} (-1 when not known) for
     * {@code stuckNanos} up to {@code atNanos}.
     */
    record ChefFrozen(long atNanos, String task, int kitchen, int chef, long order, int step, long stuckNanos)
            implements EngineEvent {}

    /** The fridge audit found stock taken that never left the fridge: lost updates. */
    record Race(long atNanos, String task, String ingredient, long taken, long gone) implements EngineEvent {}

    /**
     * A child's own measurement of itself: {@code rssBytes} counts every page it maps, shared ones
     * too; {@code pssBytes} gives it an equal share of each shared page. Either is -1 where this
     * system does not tell (no {@code /proc}), and so are {@code cpuNanos} and {@code threads} where they
     * could not be had. {@code blockedNanos} is the wall time its blocking
     * calls took, summed over its threads (for an event loop, the time the loop was held by them).
     * {@code workNanos} is the calibrated time of the cpu work its chefs finished, {@code workCpuNanos}
     * the CPU time that took them: their ratio is how fast its cores really computed (0 and 0 where
     * none was measured).
     */
    record Stats(long atNanos, String task, int kitchen, long pid, long rssBytes, long pssBytes, long cpuNanos,
            int threads, int coroutines, long blockedNanos, long workNanos, long workCpuNanos) implements EngineEvent {
        /** A sample without the speed of its cpu work (a kitchen that computed nothing measured). */
        public Stats(long atNanos, String task, int kitchen, long pid, long rssBytes, long pssBytes, long cpuNanos,
                int threads, int coroutines, long blockedNanos) {
            this(atNanos, task, kitchen, pid, rssBytes, pssBytes, cpuNanos, threads, coroutines, blockedNanos, 0, 0);
        }
    }

    /**
     * What the machine gave the run: {@code othersRunnable} threads of other programs wanted the cores
     * on average (the machine's runnable threads counted less ours; -1 when not measured), and each of
     * our threads that wanted a core had {@code threadShare} of one (1 on an idle machine; -1 when too
     * little computed to say), over {@code samples} samples of the run; a thread that parked for a
     * moment woke {@code wakeDelayNanos} late (the median; -1 when not measured).
     */
    record MachineShare(long atNanos, int cores, double threadShare, double othersRunnable, long wakeDelayNanos, int samples)
            implements EngineEvent {}

    /** The run is over; no event follows. */
    record Finished(long atNanos) implements EngineEvent {}
}
