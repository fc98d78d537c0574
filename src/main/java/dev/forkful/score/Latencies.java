package dev.forkful.score;

import java.util.Arrays;

/** Latencies of served orders, kept whole so that percentiles are exact, not estimated. */
final class Latencies {
    private long[] nanos = new long[64];
    private int count;
    private long[] sorted = new long[0];

    void add(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    /** The nearest-rank percentile ({@code p} in 0..1) in milliseconds, NaN when there are none. */
    double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        if (sorted.length != count) {
            sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
        }
        int rank = (int) Math.ceil(p * count);
        return sorted[Math.clamp(rank - 1, 0, count - 1)] / 1e6;
    }
}
