package dev.forkful.protocol;

/**
 * What one chef is doing, as a heartbeat tells it.
 *
 * @param order       the order in hand, or -1 when idle
 * @param step        the step of that order, or -1
 * @param sinceNanos  how long the chef has been on that step, by the wall clock
 * @param cpuNanos    how much CPU time the chef had while on that step, as the kitchen measured it
 *                    (at least; the measure starts when the kitchen's monitor first saw the step), or
 *                    -1 when it cannot be measured: a chef that waits for a core, a lock or a carrier
 *                    has none, so only a chef that had the CPU and made no progress looks stuck
 */
public record ChefState(int chef, long order, int step, long sinceNanos, long cpuNanos) {
    public static ChefState idle(int chef) {
        return new ChefState(chef, -1, -1, 0, 0);
    }
}
