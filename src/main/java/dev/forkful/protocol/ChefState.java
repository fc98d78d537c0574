package dev.forkful.protocol;

/**
 * What one chef is doing, as a heartbeat tells it.
 *
 * @param order       the order in hand, or -1 when idle
 * @param step        the step of that order, or -1
 * @param sinceNanos  how long the chef has been on that step
 */
public record ChefState(int chef, long order, int step, long sinceNanos) {
    public static ChefState idle(int chef) {
        return new ChefState(chef, -1, -1, 0);
    }
}
