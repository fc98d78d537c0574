package dev.forkful.flow;

/**
 * What part of a run the timeline page shows: {@code zoom} halvings of the whole run (0 shows it all),
 * the window's start in run-clock nanoseconds, and the first lane shown (the rows above are scrolled away).
 * The arithmetic keeps the window inside the run; the view only reads it.
 */
public record TimelineWindow(int zoom, long fromNanos, int firstLane) {
    /** The whole run, from its first lane. */
    public static final TimelineWindow WHOLE = new TimelineWindow(0, 0, 0);
    /** Zoomed in at most this far: 1/4096 of the run. */
    public static final int MAX_ZOOM = 12;
    /** Nor closer than a millisecond across the page: the children's clocks say no finer. */
    public static final long MIN_WIDTH_NANOS = 1_000_000;

    public TimelineWindow {
        zoom = Math.clamp(zoom, 0, MAX_ZOOM);
        fromNanos = Math.max(0, fromNanos);
        firstLane = Math.max(0, firstLane);
    }

    /** The window's width in nanoseconds when the whole page shows {@code spanNanos}. */
    public long widthNanos(long spanNanos) {
        return Math.max(1, Math.max(spanNanos, 1) >> zoom);
    }

    /** Where the window starts, kept so that it never runs past the end of {@code spanNanos}. */
    public long startNanos(long spanNanos) {
        return Math.clamp(fromNanos, 0, Math.max(0, spanNanos - widthNanos(spanNanos)));
    }

    /** Twice as close, around the window's middle; no closer than {@link #MAX_ZOOM} or {@link #MIN_WIDTH_NANOS}. */
    public TimelineWindow zoomIn(long spanNanos) {
        long width = widthNanos(spanNanos);
        if (zoom >= MAX_ZOOM || width / 2 < MIN_WIDTH_NANOS) {
            return this;
        }
        return at(zoom + 1, startNanos(spanNanos) + width / 4, spanNanos);
    }

    /** Twice as far, around the window's middle. */
    public TimelineWindow zoomOut(long spanNanos) {
        return zoom == 0 ? this : at(zoom - 1, startNanos(spanNanos) - widthNanos(spanNanos) / 2, spanNanos);
    }

    /** A quarter of the window earlier ({@code steps} &lt; 0) or later, never past either end. */
    public TimelineWindow move(int steps, long spanNanos) {
        return at(zoom, startNanos(spanNanos) + steps * (widthNanos(spanNanos) / 4), spanNanos);
    }

    public TimelineWindow firstLane(int lane) {
        return new TimelineWindow(zoom, fromNanos, lane);
    }

    private TimelineWindow at(int z, long from, long spanNanos) {
        TimelineWindow w = new TimelineWindow(z, from, firstLane);
        return new TimelineWindow(z, w.startNanos(spanNanos), firstLane);
    }
}
