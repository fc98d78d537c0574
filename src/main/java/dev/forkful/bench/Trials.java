package dev.forkful.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Repeats a measurement and keeps the median, so that one noisy trial on a busy machine does not decide. */
final class Trials {
    private Trials() {
    }

    /** Runs one warm-up trial, then {@code trials} more; returns the median of {@code per(trialNanos)}. */
    static double medianPerUnit(int trials, long unitsPerTrial, LongSupplier trialNanos) {
        return interleavedMedians(trials, new Trial(unitsPerTrial, trialNanos))[0];
    }

    /** One measurement: it returns the nanoseconds of a trial of {@code units} units. */
    record Trial(long units, LongSupplier nanos) {}

    /**
     * Runs each measurement once to warm up, then {@code trials} rounds of all of them in turn;
     * returns the median per unit of each, in the order given.
     */
    static double[] interleavedMedians(int trials, Trial... measurements) {
        for (Trial m : measurements) {
            m.nanos().getAsLong();
        }
        double[][] perUnit = new double[measurements.length][trials];
        for (int t = 0; t < trials; t++) {
            for (int m = 0; m < measurements.length; m++) {
                perUnit[m][t] = (double) measurements[m].nanos().getAsLong() / measurements[m].units();
            }
        }
        double[] medians = new double[measurements.length];
        for (int m = 0; m < measurements.length; m++) {
            medians[m] = median(perUnit[m]);
        }
        return medians;
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
