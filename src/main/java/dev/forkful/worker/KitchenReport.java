package dev.forkful.worker;

import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.LineWriter;
import java.util.List;

/**
 * Where a kitchen reports what happens; the worker's protocol writer implements it. Every method
 * may be called from any thread of the kitchen.
 */
public interface KitchenReport {
    void stepStarted(long order, int chef, int step);

    /** The dish is served; {@code record} says how it was cooked (a {@link CookRecord}, or a coroutine order itself). */
    void served(long order, int chef, LineWriter.Record record);

    /** The dish is lost but the kitchen goes on (an exception, or the fridge ran out). */
    void lost(long order, int chef, String reason);

    /** The dish is lost after it was begun; {@code record} says how far it got (steps not reached take no time). */
    default void lost(long order, int chef, String reason, LineWriter.Record record) {
        lost(order, chef, reason);
    }

    /** An event loop was held for {@code stalledNanos} by one step (a blocking call, a long cpu step). */
    void stall(long order, int step, long stalledNanos, String cause);

    /**
     * Proof of life, at most every {@link #HEARTBEAT_MILLIS} ms. A coroutine kitchen calls it from
     * its loop thread, so a frozen loop sends none; other kitchens from a monitor thread, with each
     * chef's state, so a stuck chef shows as one that stays on a step.
     */
    void heartbeat(List<ChefState> chefs, int pending);

    /**
     * Chefs wait for each other's locks in a cycle and will wait for ever: {@code cycle} says which
     * chef holds what and waits for what; the first of them has waited {@code stuckNanos}.
     */
    void deadlock(String cycle, long stuckNanos);

    /** Every order submitted before {@link Kitchen#finish()} is served or lost. */
    void done();

    long HEARTBEAT_MILLIS = 50;
}
