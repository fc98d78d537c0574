package dev.forkful.view;

import dev.forkful.level.Plain;

/** A stretch of run time cut into {@code columns} equal cells, from {@code fromNanos} for {@code widthNanos}. */
record TimeAxis(long fromNanos, long widthNanos, int columns) {
    TimeAxis {
        widthNanos = Math.max(1, widthNanos);
        columns = Math.max(1, columns);
    }

    /** Where column {@code c} starts (column {@code columns} is where the axis ends). */
    long start(int c) {
        return fromNanos + widthNanos * c / columns; // a run of minutes times a few hundred columns stays far from overflow
    }

    long endNanos() {
        return fromNanos + widthNanos;
    }

    /** The column that holds instant {@code t}; the axis' very end counts as its last column; -1 outside. */
    int column(long t) {
        if (t < fromNanos || t > endNanos()) {
            return -1;
        }
        return (int) Math.min(columns - 1, (t - fromNanos) * (double) columns / widthNanos);
    }

    /** An instant in words fine enough for this axis: "637ms", "1.24s", or "12.25ms" when zoomed close. */
    String time(long t) {
        if (widthNanos < 10_000_000) {
            return Plain.format("%.2fms", t / 1e6);
        }
        return t < 1_000_000_000 ? t / 1_000_000 + "ms" : Plain.format("%.2fs", t / 1e9);
    }
}
