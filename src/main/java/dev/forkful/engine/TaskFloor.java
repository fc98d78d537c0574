package dev.forkful.engine;

import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import dev.forkful.protocol.KitchenSpec;
import java.time.Duration;
import java.util.Arrays;

/**
 * One task's side of the supervisor: its kitchens (one slot per process house, or one slot for a
 * thread, coroutine or virtual kitchen), the orders that arrived and wait for a chef, which
 * orders are still open and which kitchen holds each. Orders arrive in number order and are
 * handed over in that order, so those waiting are always the numbers from {@link #waitingFrom}
 * up to {@link #nextArrival}: per order, the floor keeps five bytes (its state and who holds it) and
 * no object; its arrival time is when it was due.
 * Only the supervisor's thread touches it.
 */
final class TaskFloor {
    /** A task whose kitchens died this often is given up: its remaining orders are lost. */
    static final int MAX_REBUILDS = 32;
    /** Silence from a kitchen with work in hand that counts as a freeze, at the least. */
    /** CPU on one step beyond what it should compute that makes a chef stuck. */
    static final long STUCK_CPU_NANOS = Duration.ofMillis(750).toNanos();

    private static final byte NOT_ARRIVED = 0;
    private static final byte OPEN = 1;
    private static final byte CLOSED = 2;

    final Task task;
    final Assignment assignment;
    final KitchenSpec spec;
    final FaultDice dice;
    final KitchenChild[] slots;
    final PantryStock pantry;
    private final byte[] state;
    /** The slot + 1 of the kitchen holding each order, 0 for none. */
    private final int[] heldBy;
    long nextArrival;
    /** The first order that arrived and was not handed over (nor lost): it waits with all after it. */
    long waitingFrom;
    long closed;
    int rebuilds;
    private final int cores;
    private final long everyNanos;

    TaskFloor(Task task, Assignment assignment, KitchenSpec spec, FaultDice dice, PantryStock pantry, int cores) {
        this.task = task;
        this.assignment = assignment;
        this.spec = spec;
        this.dice = dice;
        this.pantry = pantry;
        this.cores = cores;
        this.everyNanos = task.arrive().every().toNanos();
        this.slots = new KitchenChild[model() == Model.PROCESS ? assignment.workers() : 1];
        this.state = new byte[task.orders()];
        this.heldBy = new int[task.orders()];
    }

    Model model() {
        return assignment.model();
    }

    boolean pool() {
        return model() == Model.PROCESS;
    }

    boolean allClosed() {
        return closed == task.orders();
    }

    boolean anyKitchen() {
        for (KitchenChild c : slots) {
            if (c != null && c.alive()) {
                return true;
            }
        }
        return false;
    }

    boolean anyWaiting() {
        return waitingFrom < nextArrival;
    }

    long waitingCount() {
        return nextArrival - waitingFrom;
    }

    /** Kitchen {@code slot} holds orders {@code first} to {@code first + count - 1}. */
    void holdAll(long first, int count, int slot) {
        Arrays.fill(heldBy, (int) first, (int) first + count, slot + 1);
    }

    /** Frees an order that kitchen {@code slot} holds; false when that kitchen does not hold it. */
    boolean release(long order, int slot) {
        if (order < 0 || order >= heldBy.length || heldBy[(int) order] != slot + 1) {
            return false;
        }
        heldBy[(int) order] = 0;
        return true;
    }

    /** No kitchen holds any order any more (the time limit). */
    void releaseAll() {
        Arrays.fill(heldBy, 0);
        for (KitchenChild c : slots) {
            if (c != null) {
                c.inHand = 0;
            }
        }
    }

    /** When order {@code n} is due, in run time. */
    long dueAt(long n) {
        return everyNanos * n; // Arrival.arrivalOf in plain longs: this runs once or twice per order
    }

    void arrive(long order) {
        state[(int) order] = OPEN;
    }

    /** How many orders are due by run time {@code t}: those up to it have arrived once it comes. */
    long dueBy(long t) {
        if (t < 0) {
            return 0;
        }
        return everyNanos == 0 ? task.orders() : Math.min(task.orders(), t / everyNanos + 1);
    }

    /** The orders from the next to arrive up to {@code to} (excluded) arrive. */
    void arriveUpTo(long to) {
        Arrays.fill(state, (int) nextArrival, (int) to, OPEN);
        nextArrival = to;
    }

    boolean isOpen(long order) {
        return order >= 0 && order < state.length && state[(int) order] == OPEN;
    }

    boolean arrived(long order) {
        return state[(int) order] != NOT_ARRIVED;
    }

    /** Closes an order; returns its arrival time, when it was due (those that had not arrived when a run was cut short are lost, never served). */
    long close(long order) {
        state[(int) order] = CLOSED;
        closed++;
        return dueAt(order);
    }

    /**
     * How much CPU one chef may have on one step before it counts as stuck: what the step should
     * compute, twice over (a cold kitchen computes slower until the JIT has compiled the work), plus
     * {@link #STUCK_CPU_NANOS}. It is CPU, not wall time: a chef that waits for a core, a lock, a
     * carrier or its JVM's garbage collector gets none, however long that takes.
     */
    long stuckCpuNanos(int step) {
        if (step >= 0 && step < task.steps().size() && task.steps().get(step).action() instanceof Step.Action.Cpu(Duration t)) {
            return STUCK_CPU_NANOS + 2 * t.toNanos();
        }
        return STUCK_CPU_NANOS;
    }

    /**
     * How many chefs of one kitchen can hold a core at once: all of them stuck and the kitchen is
     * frozen. A house has one chef, a loop one thread; a virtual kitchen's chefs share the JDK's
     * carriers (one per core) and the JDK does not time-slice them, so as many stuck virtual threads
     * as carriers stop it.
     */
    int chefsAtOnce() {
        return switch (model()) {
            case PROCESS, COROUTINE -> 1;
            case THREAD -> Math.max(1, assignment.workers());
            case VIRTUAL -> Math.max(1, cores);
        };
    }
}
