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
 * up to {@link #nextArrival}: per order, the floor keeps two primitive array cells and no object.
 * Only the supervisor's thread touches it.
 */
final class TaskFloor {
    /** A task whose kitchens died this often is given up: its remaining orders are lost. */
    static final int MAX_REBUILDS = 32;
    /** Silence from a kitchen with work in hand that counts as a freeze, at the least. */
    static final long FREEZE_AFTER_NANOS = Duration.ofSeconds(1).toNanos();

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
    private final long[] arrivedAt;
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
        this.arrivedAt = new long[task.orders()];
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

    void hold(long order, int slot) {
        heldBy[(int) order] = slot + 1;
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

    void arrive(long order, long at) {
        state[(int) order] = OPEN;
        arrivedAt[(int) order] = at;
    }

    boolean isOpen(long order) {
        return order >= 0 && order < state.length && state[(int) order] == OPEN;
    }

    boolean arrived(long order) {
        return state[(int) order] != NOT_ARRIVED;
    }

    /** Closes an order; returns its arrival time. */
    long close(long order) {
        state[(int) order] = CLOSED;
        closed++;
        return arrivedAt[(int) order];
    }

    /**
     * How long a kitchen with work may stay silent before it counts as frozen: a second, or twice
     * its longest step that holds a thread (a coroutine loop beats only between steps).
     */
    long freezeAfterNanos() {
        long longest = 0;
        for (Step s : task.steps()) {
            long holds = switch (s.action()) {
                case Step.Action.Cpu(Duration t) -> t.toNanos();
                case Step.Action.Block(Duration t) -> t.toNanos();
                default -> 0;
            };
            longest = Math.max(longest, holds);
        }
        return Math.max(FREEZE_AFTER_NANOS, 2 * longest);
    }

    /**
     * How long one chef may stay on one step before it counts as stuck: a second plus twice what
     * the step should take, stretched for cpu steps by how many chefs share the cores (or the GIL).
     */
    long stuckAfterNanos(int step, int pending) {
        if (step < 0 || step >= task.steps().size()) {
            return FREEZE_AFTER_NANOS;
        }
        return switch (task.steps().get(step).action()) {
            case Step.Action.Cpu(Duration t) -> FREEZE_AFTER_NANOS + 2 * t.toNanos() * cpuContention(pending);
            case Step.Action.Wait(Duration t) -> FREEZE_AFTER_NANOS + 2 * t.toNanos();
            case Step.Action.Block(Duration t) -> FREEZE_AFTER_NANOS + 2 * t.toNanos();
            case Step.Action.Fridge f -> FREEZE_AFTER_NANOS;
        };
    }

    private long cpuContention(int pending) {
        int running = switch (model()) {
            case PROCESS -> assignment.workers();
            case THREAD -> Math.min(assignment.workers(), Math.max(1, pending));
            case COROUTINE -> 1;
            case VIRTUAL -> Math.max(1, pending);
        };
        if (spec.gil() && (model() == Model.THREAD || model() == Model.VIRTUAL)) {
            return running;
        }
        return Math.max(1, (running + cores - 1) / cores);
    }
}
