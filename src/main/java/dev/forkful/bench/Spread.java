package dev.forkful.bench;

import java.util.Arrays;

/**
 * A figure measured over several trials: the median, the middle half of the trials (the 25th to
 * the 75th percentile, {@code q1} to {@code q3}) and the fastest and slowest. Two figures are told
 * apart only when their middle halves do not overlap: on a busy machine a difference smaller than
 * the spread of the trials may be the machine's, not the models', and one trial that met a burst of
 * load does not decide either way.
 */
public record Spread(double median, double q1, double q3, double min, double max) {

    static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Spread(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted[0],
                sorted[sorted.length - 1]);
    }

    /** The {@code p} quantile of sorted values, interpolated between the two nearest (as R and NumPy do by default). */
    static double quantile(double[] sorted, double p) {
        double at = p * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /** The middle half of this one's trials lies above the middle half of {@code other}'s. */
    boolean clearlyAbove(Spread other) {
        return q1 > other.q3;
    }
}
