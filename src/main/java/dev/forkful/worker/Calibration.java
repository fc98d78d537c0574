package dev.forkful.worker;

import java.util.Arrays;

/** Measures how many units of {@link Work} take 1 ms of one core on this machine. */
public final class Calibration {
    private static final int TRIALS = 9;
    private static final long TRIAL_UNITS = 400_000;

    private Calibration() {
    }

    /** Warms the loop up until the JIT has compiled it, then takes the median of several timed trials (~50 ms). */
    public static long measureWorkPerMs() {
        for (int i = 0; i < 100; i++) {
            Work.run(TRIAL_UNITS / 4);
        }
        long[] perMs = new long[TRIALS];
        for (int i = 0; i < TRIALS; i++) {
            long start = System.nanoTime();
            Work.run(TRIAL_UNITS);
            long nanos = Math.max(1, System.nanoTime() - start);
            perMs[i] = Math.max(1, TRIAL_UNITS * 1_000_000 / nanos);
        }
        Arrays.sort(perMs);
        return perMs[TRIALS / 2];
    }
}
