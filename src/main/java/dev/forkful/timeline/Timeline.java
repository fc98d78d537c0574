package dev.forkful.timeline;

import java.util.List;

/**
 * A finished run as it happened: every chef's lanes of spans, what went wrong where, and the figures over
 * time. {@code spansDropped} counts spans not kept past {@link TimelineRecorder#MAX_SPANS}.
 */
public record Timeline(long endNanos, List<Lane> lanes, List<Mark> marks, Plots plots, long spansDropped) {
    public Timeline {
        lanes = List.copyOf(lanes);
        marks = List.copyOf(marks);
    }

    public int spanCount() {
        return lanes.stream().mapToInt(l -> l.spans().size()).sum();
    }
}
