package dev.forkful.timeline;

import java.util.Arrays;

/** A figure over the run, one value per bucket of {@code bucketNanos}; a copy is handed out, so it stays immutable. */
public record Series(long bucketNanos, double[] values) {
    public Series {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public double at(int bucket) {
        return values[bucket];
    }

    public double max() {
        return Arrays.stream(values).max().orElse(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.bucketNanos == bucketNanos && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bucketNanos) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Series[" + bucketNanos + " ns: " + Arrays.toString(values) + "]";
    }
}
