package dev.forkful.score;

import dev.forkful.level.LevelLimits;
import java.util.Arrays;

/**
 * Latencies of served orders, kept whole so that percentiles are exact, not estimated. A percentile is
 * selected (quickselect, linear), not read off a sorted copy: the first sort of a banquet's 100,000
 * values took about 50 ms on the game's C1-only JVM, and a score sorts one copy per task and one overall.
 */
final class Latencies {
    private long[] nanos;
    private int count;
    /** The values in an order the selections left them in; rebuilt when more came. */
    private long[] scratch = new long[0];

    /** Room for the {@code expected} values (a task's orders, under the levels' cap): no copy while a run serves them. */
    Latencies(long expected) {
        nanos = new long[(int) Math.clamp(expected, 16, LevelLimits.MAX_ORDERS)];
    }

    void addAll(long[] latencyNanos) {
        if (count + latencyNanos.length > nanos.length) {
            nanos = Arrays.copyOf(nanos, Math.max(2 * nanos.length, count + latencyNanos.length));
        }
        System.arraycopy(latencyNanos, 0, nanos, count, latencyNanos.length);
        count += latencyNanos.length;
    }

    /** The nearest-rank percentile ({@code p} in 0..1) in milliseconds, NaN when there are none. */
    double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        if (scratch.length != count) {
            scratch = Arrays.copyOf(nanos, count);
        }
        int rank = (int) Math.ceil(p * count);
        return select(scratch, Math.clamp(rank - 1, 0, count - 1)) / 1e6;
    }

    /** The {@code k}-th smallest value of {@code a} (from 0); moves values about in {@code a}, keeps them all. */
    static long select(long[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long pivot = medianOf(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            // now a[lo..j] <= pivot, a[i..hi] >= pivot, and what lies between equals it
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static long medianOf(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
