package dev.forkful.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The zoom and time arithmetic of the timeline page: the window never leaves the run. */
class TimelineWindowTest {
    private static final long S = 1_000_000_000L;

    @Test
    void zoomingInHalvesTheWindowAroundItsMiddleAndOutGoesBack() {
        TimelineWindow w = TimelineWindow.WHOLE.zoomIn(8 * S);
        assertThat(w.widthNanos(8 * S)).isEqualTo(4 * S);
        assertThat(w.startNanos(8 * S)).isEqualTo(2 * S);
        TimelineWindow closer = w.zoomIn(8 * S);
        assertThat(closer.startNanos(8 * S)).isEqualTo(3 * S);
        assertThat(closer.zoomOut(8 * S)).isEqualTo(w);
        assertThat(w.zoomOut(8 * S)).isEqualTo(TimelineWindow.WHOLE);
        assertThat(TimelineWindow.WHOLE.zoomOut(8 * S)).isEqualTo(TimelineWindow.WHOLE);
    }

    @Test
    void movingGoesAQuarterWindowAndStopsAtBothEnds() {
        TimelineWindow w = TimelineWindow.WHOLE.zoomIn(8 * S); // 2 s to 6 s
        assertThat(w.move(1, 8 * S).startNanos(8 * S)).isEqualTo(3 * S);
        assertThat(w.move(-1, 8 * S).startNanos(8 * S)).isEqualTo(1 * S);
        assertThat(w.move(5, 8 * S).startNanos(8 * S)).isEqualTo(4 * S);
        assertThat(w.move(-5, 8 * S).startNanos(8 * S)).isZero();
        assertThat(TimelineWindow.WHOLE.move(3, 8 * S)).isEqualTo(TimelineWindow.WHOLE);
    }

    @Test
    void zoomStopsAtAMillisecondAcrossAndAtItsMost() {
        TimelineWindow w = TimelineWindow.WHOLE;
        for (int i = 0; i < 40; i++) {
            w = w.zoomIn(10_000_000L);
        }
        assertThat(w.widthNanos(10_000_000L)).isGreaterThanOrEqualTo(TimelineWindow.MIN_WIDTH_NANOS);
        assertThat(w.zoom()).isEqualTo(3);
        for (int i = 0; i < 40; i++) {
            w = w.zoomIn(3600 * S);
        }
        assertThat(w.zoom()).isEqualTo(TimelineWindow.MAX_ZOOM);
    }

    @Test
    void aWindowPastTheEndOfAShorterRunStartsWhereItStillFits() {
        TimelineWindow late = new TimelineWindow(1, 5 * S, 0);
        assertThat(late.startNanos(8 * S)).isEqualTo(4 * S);
        assertThat(late.startNanos(2 * S)).isEqualTo(1 * S);
        assertThat(new TimelineWindow(-3, -1, -2)).isEqualTo(TimelineWindow.WHOLE);
    }
}
