package dev.forkful.level;

import java.time.Duration;

/**
 * When orders come in: all at the start, or one every {@code every}.
 *
 * @param every the gap between orders; zero means all at once
 */
public record Arrival(Duration every) {
    public static final Arrival ALL = new Arrival(Duration.ZERO);

    public boolean all() {
        return every.isZero();
    }

    /** When order number {@code n} (from 0) arrives, counted from the start of the run. */
    public Duration arrivalOf(long n) {
        // in nanoseconds where they fit (Duration.multipliedBy goes through BigDecimal, whose class
        // initialisation alone took 15 ms of the game's start)
        long nanos = every.toNanos();
        return n == 0 || Math.abs(nanos) <= Long.MAX_VALUE / Math.abs(n) ? Duration.ofNanos(nanos * n) : every.multipliedBy(n);
    }

    @Override
    public String toString() {
        return all() ? "all" : "every " + Durations.format(every);
    }
}
