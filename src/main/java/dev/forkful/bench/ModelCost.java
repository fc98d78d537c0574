package dev.forkful.bench;

import dev.forkful.level.Model;

/**
 * What one unit of a model measured here costs.
 *
 * @param create   to create one unit (for threads, and to see it end)
 * @param handOff  to hand control from one unit to another
 * @param memory   what one idle unit holds
 * @param created  how many units each create trial made
 * @param switches how many hand-offs each switch trial made
 */
public record ModelCost(Model model, Timing create, Timing handOff, UnitMemory memory, int created, long switches) {

    /** A time measured over trials, per unit, in nanoseconds; {@code what} says what was timed. */
    public record Timing(String what, Spread ns) {}

    /**
     * The memory one idle unit holds, or -1 where this system cannot tell.
     *
     * @param kind  which figure: USS (private pages), USS plus kernel stack, or heap kept reachable
     * @param units how many idle units it was measured over
     */
    public record UnitMemory(String what, String kind, long bytesPerUnit, int units) {}
}
