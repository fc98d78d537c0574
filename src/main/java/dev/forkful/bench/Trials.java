package dev.forkful.bench;

import java.util.function.LongSupplier;

/**
 * Repeats a measurement and keeps the median and the spread of the trials, so that one noisy trial
 * on a busy machine does not decide, and a reader sees how far apart the trials were.
 */
final class Trials {
    private Trials() {
    }

    /** Runs one warm-up trial, then {@code trials} more; the spread of {@code trialNanos / unitsPerTrial}. */
    static Spread perUnit(int trials, long unitsPerTrial, LongSupplier trialNanos) {
        return interleaved(trials, new Trial(unitsPerTrial, trialNanos))[0];
    }

    /** One measurement: it returns the nanoseconds of a trial of {@code units} units. */
    record Trial(long units, LongSupplier nanos) {}

    /**
     * Runs each measurement once to warm up, then {@code trials} rounds of all of them in turn, so
     * that all meet the same machine load; returns the spread per unit of each, in the order given.
     */
    static Spread[] interleaved(int trials, Trial... measurements) {
        for (Trial m : measurements) {
            m.nanos().getAsLong();
        }
        double[][] perUnit = new double[measurements.length][trials];
        for (int t = 0; t < trials; t++) {
            for (int m = 0; m < measurements.length; m++) {
                perUnit[m][t] = (double) measurements[m].nanos().getAsLong() / measurements[m].units();
            }
        }
        Spread[] spreads = new Spread[measurements.length];
        for (int m = 0; m < measurements.length; m++) {
            spreads[m] = Spread.of(perUnit[m]);
        }
        return spreads;
    }

    static double median(double... values) {
        return Spread.of(values).median();
    }
}
