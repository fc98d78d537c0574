package dev.forkful.bench;

import java.util.Arrays;

/**
 * A figure measured over several trials: the median and the range (min to max) of the trials. Two
 * figures are told apart only when their ranges do not overlap: on a busy machine a difference
 * smaller than the spread of the trials may be the machine's, not the models'.
 */
public record Spread(double median, double min, double max) {

    static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Spread(Trials.median(sorted), sorted[0], sorted[sorted.length - 1]);
    }

    /** Every trial of this one is above every trial of {@code other}. */
    boolean clearlyAbove(Spread other) {
        return min > other.max;
    }

    /** The same figure in another unit: {@code times(1e-3)} for nanoseconds to microseconds. */
    Spread times(double factor) {
        return new Spread(median * factor, min * factor, max * factor);
    }
}
