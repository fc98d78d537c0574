package dev.forkful.engine;

import dev.forkful.engine.EngineEvent.OrderCooked;
import dev.forkful.engine.EngineEvent.OrderLost;
import dev.forkful.engine.EngineEvent.OrdersArrived;
import dev.forkful.engine.EngineEvent.OrdersServed;
import dev.forkful.engine.KitchenChild.State;
import dev.forkful.engine.RunClock.Phase;
import dev.forkful.level.Durations;
import dev.forkful.protocol.Wire;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The orders' side of a run: lets them arrive on time, hands them over to the kitchens, closes
 * those served, and loses them (no kitchen left, the time limit, a cancel). Only the supervisor's thread calls it.
 */
final class OrderDesk {
    /** The most orders in one {@code orders} line. */
    static final int ORDERS_PER_LINE = 1024;
    /** The most orders a house holds: the one its chef cooks and the next. */
    static final int HOUSE_QUEUE = 2;

    private final List<TaskFloor> floors;
    private final RunClock clock;
    private final EngineListener listener;

    /** Whether the listener wants each dish's {@link OrderCooked}. */
    final boolean howCooked;

    OrderDesk(List<TaskFloor> floors, RunClock clock, EngineListener listener) {
        this.floors = floors;
        this.clock = clock;
        this.listener = listener;
        this.howCooked = listener.wantsHowCooked();
    }

    /** How long until the next order is due, at most {@code tick}; never negative. */
    long untilNextArrival(long now, long tick) {
        long wait = tick;
        if (clock.is(Phase.RUNNING)) {
            long t = clock.sinceOpen(now);
            for (TaskFloor f : floors) {
                if (f.nextArrival < f.task.orders()) {
                    wait = Math.min(wait, f.dueAt(f.nextArrival) - t);
                }
            }
        }
        return Math.max(0, wait);
    }

    /**
     * Orders due by now arrive, told in one event per floor and burst, and are handed over: a burst is cut
     * where {@value #ORDERS_PER_LINE} wait, so that its first lines are cooking while the rest arrive. A range
     * arrives at once, not order by order: the game's JIT stops at C1, and a loop run once per run stays
     * interpreted (100,000 orders at once cost the supervisor about 20 ms so).
     */
    void arrivals(long now) {
        long t = clock.sinceOpen(now);
        for (TaskFloor f : floors) {
            long due = f.dueBy(t);
            while (f.nextArrival < due) {
                long from = f.nextArrival;
                long waiting = f.waitingCount();
                f.arriveUpTo(waiting < ORDERS_PER_LINE ? Math.min(due, from + ORDERS_PER_LINE - waiting) : due);
                arrived(f, from, now);
                dispatch(f, now);
            }
        }
    }

    /** Orders {@code from} up to the next to arrive came in now (at least one). */
    private void arrived(TaskFloor f, long from, long now) {
        listener.on(new OrdersArrived(clock.rel(now), f.task.id(), from, (int) (f.nextArrival - from)));
    }

    /**
     * Hands waiting orders over: to houses one at a time (see {@link #toHouses}), all at once to a
     * shared kitchen (in lines of {@value #ORDERS_PER_LINE}, so that it starts on the first while the
     * rest come).
     */
    void dispatch(TaskFloor f, long now) {
        if (!f.anyWaiting()) {
            return;
        }
        if (!f.anyKitchen()) {
            loseIfNoKitchen(f, now);
            return;
        }
        if (f.pool()) {
            toHouses(f, now);
            return;
        }
        for (KitchenChild c : f.slots) {
            while (c != null && c.state == State.READY && f.anyWaiting()) {
                handOver(f, c, (int) Math.min(ORDERS_PER_LINE, f.waitingCount()), now);
            }
        }
    }

    /**
     * An order to each free house first; then, while enough wait that every house could have one
     * more, a next order to each house cooking one, so that it is in the house when the chef is done
     * (the round trip to the supervisor and back, two or three thread wake-ups on each side, is not
     * paid between orders; a busy machine makes each wake-up wait for a core). Never behind or as a
     * faulty order: a house that crashes loses only the order that struck it, as without the queue.
     */
    private void toHouses(TaskFloor f, long now) {
        for (int depth = 1; depth <= HOUSE_QUEUE; depth++) {
            for (KitchenChild c : f.slots) {
                if (!f.anyWaiting()) {
                    return;
                }
                boolean free = c != null && c.state == State.READY && c.inHand < depth;
                if (free && (depth == 1 || f.waitingCount() >= f.slots.length && clean(f, c.lastHandedOver())
                        && clean(f, f.waitingFrom))) {
                    handOver(f, c, 1, now);
                }
            }
        }
    }

    private static boolean clean(TaskFloor f, long order) {
        return order >= 0 && f.dice.order(order).fault() == null;
    }

    private static void handOver(TaskFloor f, KitchenChild c, int count, long now) {
        long first = f.waitingFrom;
        f.waitingFrom += count;
        c.handOver(first, count, Wire.orders(first, count, f.dice.faulty(first, count)), now);
    }

    /**
     * Kitchen {@code c} served dishes ({@code order, chef} and the record of each, {@code stride} values a
     * dish): each order it held and still open is closed, told with how it was cooked, and the kitchen is
     * free for more.
     */
    void served(KitchenChild c, long[] dishes, int stride, long at) {
        TaskFloor f = c.floor;
        if (clock.is(Phase.RUNNING)) {
            int most = dishes.length / stride;
            long[] orders = new long[most];
            int[] chefs = new int[most];
            long[] latencies = new long[most];
            int n = 0;
            long t = clock.rel(at);
            for (int i = 0; i < dishes.length; i += stride) {
                if (closeServed(c, t, dishes, i, stride, orders, chefs, latencies, n)) {
                    n++;
                }
            }
            if (n > 0) {
                listener.on(n == most ? new OrdersServed(t, f.task.id(), c.slot, orders, chefs, latencies)
                        : new OrdersServed(t, f.task.id(), c.slot, Arrays.copyOf(orders, n), Arrays.copyOf(chefs, n),
                                Arrays.copyOf(latencies, n)));
            }
        } else {
            for (int i = 0; i < dishes.length; i += stride) {
                c.release(dishes[i]);
            }
        }
        dispatch(f, at);
    }

    /**
     * Closes the served dish at {@code dishes[i]} if its kitchen held it and it is still open, as the
     * {@code n}-th of its line; false when it is not counted. One call per dish, not a loop body: a line's
     * loop runs a hundred times a banquet, too few for the game's C1 to compile it before the run ends,
     * while this is compiled after a few hundred dishes.
     */
    private boolean closeServed(KitchenChild c, long t, long[] dishes, int i, int stride, long[] orders, int[] chefs,
                                long[] latencies, int n) {
        long order = dishes[i];
        if (!c.release(order) || !c.floor.isOpen(order)) {
            return false;
        }
        int chef = (int) dishes[i + 1];
        if (howCooked) {
            listener.on(cooked(c, t, chef, order, dishes, i + 2, stride - 2));
        }
        orders[n] = order;
        chefs[n] = chef;
        latencies[n] = t - c.floor.close(order);
        return true;
    }

    /** A dish's record (see {@code Wire.SERVED_PREFIX}), the {@code length} values from {@code from}, on the run's clock. */
    OrderCooked cooked(KitchenChild c, long t, int chef, long order, long[] e, int from, int length) {
        long start = Math.max(0, clock.sinceOpen(c.clockOrigin + 1_000 * e[from]));
        long[] steps = new long[length - 1];
        long stepStart = start;
        for (int k = 0; 3 * k + 2 < steps.length; k++) {
            long held = stepStart + 1_000 * e[from + 1 + 3 * k];
            long ended = held + 1_000 * e[from + 2 + 3 * k];
            steps[3 * k] = held;
            steps[3 * k + 1] = ended;
            steps[3 * k + 2] = 1_000 * e[from + 3 + 3 * k];
            stepStart = ended;
        }
        return new OrderCooked(t, c.floor.task.id(), c.slot, chef, order, start, steps);
    }

    /** With no kitchen left to cook them, waiting orders are lost (and so is each later arrival). */
    void loseIfNoKitchen(TaskFloor f, long now) {
        if (!clock.is(Phase.RUNNING) || f.anyKitchen()) {
            return;
        }
        while (f.anyWaiting()) {
            lose(f, f.waitingFrom++, now, "no kitchen left to cook it");
        }
    }

    void lose(TaskFloor f, long order, long now, String reason) {
        if (f.isOpen(order)) {
            f.close(order);
            listener.on(new OrderLost(clock.rel(now), f.task.id(), order, reason));
        }
    }

    /** At the time limit every unfinished order is lost, and no kitchen holds any. */
    void timeLimit(long now, Duration limit) {
        String reason = "time limit (" + Durations.format(limit) + ")";
        for (TaskFloor f : floors) {
            loseUnfinished(f, now, reason);
            f.nextArrival = f.task.orders();
            f.waitingFrom = f.task.orders();
            f.releaseAll();
        }
    }

    /** A cancel loses every unfinished order. */
    void cancel(long now) {
        for (TaskFloor f : floors) {
            loseUnfinished(f, now, "cancelled");
        }
    }

    boolean allClosed() {
        return floors.stream().allMatch(TaskFloor::allClosed);
    }

    /** Every order not served nor lost yet is lost; those not yet due arrive now. */
    private void loseUnfinished(TaskFloor f, long now, String reason) {
        for (long n = 0; n < f.task.orders(); n++) {
            if (!f.arrived(n)) {
                f.arrive(n);
            }
            lose(f, n, now, reason);
        }
    }
}
