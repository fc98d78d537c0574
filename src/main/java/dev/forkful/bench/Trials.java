package dev.forkful.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Repeats a measurement and keeps the median, so that one noisy trial on a busy machine does not decide. */
final class Trials {
    private Trials() {
    }

    /** Runs one warm-up trial, then {@code trials} more; returns the median of {@code per(trialNanos)}. */
    static double medianPerUnit(int trials, long unitsPerTrial, LongSupplier trialNanos) {
        trialNanos.getAsLong();
        double[] perUnit = new double[trials];
        for (int i = 0; i < trials; i++) {
            perUnit[i] = (double) trialNanos.getAsLong() / unitsPerTrial;
        }
        return median(perUnit);
    }

    static double median(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
