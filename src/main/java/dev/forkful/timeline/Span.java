package dev.forkful.timeline;

/**
 * One stretch of one chef's time on one order, in run-clock nanoseconds; {@code step} is the recipe's step
 * index. {@code gilWaitNanos} is the part of a {@link Activity#COOKING} span spent waiting for the GIL.
 */
public record Span(long fromNanos, long toNanos, Activity activity, long order, int step, long gilWaitNanos) {
    public long nanos() {
        return toNanos - fromNanos;
    }
}
