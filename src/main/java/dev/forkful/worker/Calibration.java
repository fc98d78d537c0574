package dev.forkful.worker;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** Measures how many units of {@link Work} take 1 ms of one core on this machine. */
public final class Calibration {
    private static final int TRIALS = 9;
    private static final long TRIAL_UNITS = 50_000;
    /** Measured here: the loop runs interpreted, then compiled by C1 after ~30 ms, by C2 after ~70 ms. */
    private static final long WARM_UP_LIMIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final long STEADY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private Calibration() {
    }

    /** Warms the loop up until the JIT's last tier runs it, then takes the median of several timed trials. */
    public static long measureWorkPerMs() {
        return warmUp();
    }

    /**
     * Runs timed trials until their median rate has not risen by 3% for {@value #STEADY_NANOS} ns (so a
     * plateau of the first compiler tier does not end it), or {@value #WARM_UP_LIMIT_NANOS} ns passed.
     *
     * @return the median rate of the last trials, in units per ms
     */
    static long warmUp() {
        long[] recent = new long[TRIALS];
        long start = System.nanoTime();
        long best = 0;
        long bestAt = start;
        for (int trial = 0; ; trial++) {
            long before = System.nanoTime();
            Work.run(TRIAL_UNITS);
            long now = System.nanoTime();
            recent[trial % TRIALS] = TRIAL_UNITS * 1_000_000 / Math.max(1, now - before);
            if (trial + 1 < TRIALS) {
                continue;
            }
            long median = median(recent);
            if (median > best + best / 33) {
                best = median;
                bestAt = now;
            }
            if (now - bestAt >= STEADY_NANOS || now - start >= WARM_UP_LIMIT_NANOS) {
                return Math.max(1, median);
            }
        }
    }

    private static long median(long[] rates) {
        long[] sorted = rates.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
