package dev.forkful.worker;

/**
 * The fridge as a process chef sees it: it lives in the supervisor and each take is one IPC round
 * trip, atomic on the supervisor's side.
 */
@FunctionalInterface
public interface Pantry {
    /** Takes up to {@code amount} of {@code ingredient}; returns how much was taken (less when stock ran out). */
    long take(String ingredient, long amount) throws InterruptedException;
}
