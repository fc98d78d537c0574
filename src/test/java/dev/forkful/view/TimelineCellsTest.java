package dev.forkful.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.level.Model;
import dev.forkful.timeline.Activity;
import dev.forkful.timeline.Lane;
import dev.forkful.timeline.Mark;
import dev.forkful.timeline.Series;
import dev.forkful.timeline.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which glyph a cell of the timeline shows, and where a time falls on the axis. */
class TimelineCellsTest {
    private static final long MS = 1_000_000;

    private static LaneCells.Cell cell(List<Span> spans, long from, long to, boolean loop) {
        return LaneCells.cell(spans, from * MS, to * MS, loop);
    }

    @Test
    void cookingMostlySpentWaitingForTheGilShowsAsGilWait() {
        Span mostlyGil = new Span(0, 10 * MS, Activity.COOKING, 1, 0, 6 * MS);
        Span littleGil = new Span(0, 10 * MS, Activity.COOKING, 1, 0, 4 * MS);
        assertThat(cell(List.of(mostlyGil), 0, 10, false).glyph()).isEqualTo(TimeGlyph.GIL);
        assertThat(cell(List.of(littleGil), 0, 10, false).glyph()).isEqualTo(TimeGlyph.COOKING);
        // a cell over half of each: the GIL wait counts in proportion, 3 of 5 ms then 2 of 5 ms
        assertThat(cell(List.of(mostlyGil), 5, 15, false).glyph()).isEqualTo(TimeGlyph.GIL);
        assertThat(cell(List.of(littleGil), 5, 15, false).glyph()).isEqualTo(TimeGlyph.COOKING);
    }

    @Test
    void aLoopsCellShowsTheLastDigitOfTheOrderItRanLongest() {
        List<Span> spans = List.of(new Span(0, MS, Activity.COOKING, 41, 0, 0), new Span(MS, 4 * MS, Activity.COOKING, 57, 0, 0));
        LaneCells.Cell c = cell(spans, 0, 5, true);
        assertThat(c.glyph()).isEqualTo(TimeGlyph.LOOP);
        assertThat(c.text(Style.DEFAULT)).isEqualTo("7");
        assertThat(cell(spans, 0, 5, false).text(Style.DEFAULT)).isEqualTo("█");
        assertThat(cell(spans, 0, 5, false).text(new Style(true, false))).isEqualTo("#");
    }

    @Test
    void workShowsThroughWaitingOnceItTakesAQuarterOfTheCell() {
        Map<Activity, Long> quarter = Map.of(Activity.WAITING, 6L, Activity.COOKING, 2L);
        Map<Activity, Long> less = Map.of(Activity.WAITING, 6L, Activity.COOKING, 1L);
        assertThat(LaneCells.mostOf(quarter, 8)).isEqualTo(Activity.COOKING);
        assertThat(LaneCells.mostOf(less, 8)).isEqualTo(Activity.WAITING);
        assertThat(LaneCells.mostOf(Map.of(Activity.FRIDGE, 1L, Activity.LOCK_WAIT, 3L), 8)).isEqualTo(Activity.LOCK_WAIT);
        assertThat(LaneCells.mostOf(Map.of(Activity.WAITING, 1L), 8)).isEqualTo(Activity.WAITING);
    }

    @Test
    void anIdleCellIsBlankAndAFrozenStepAlwaysShows() {
        List<Span> spans = List.of(new Span(10 * MS, 20 * MS, Activity.COOKING, 1, 0, 0),
                new Span(20 * MS, 21 * MS, Activity.FROZEN, 1, 1, 0));
        assertThat(cell(spans, 0, 10, false)).isNull();
        assertThat(cell(spans, 10, 30, false).glyph()).isEqualTo(TimeGlyph.FROZEN);
    }

    @Test
    void aStallOfTheLoopIsOneLongBlockEndingInItsMark() {
        // order 3 blocked the loop from 100 to 400 ms; the watchdog saw the stall at 400 ms
        Lane loop = new Lane("soup", 0, 7, Model.COROUTINE, 0, List.of(new Span(90 * MS, 100 * MS, Activity.COOKING, 2, 0, 0),
                new Span(100 * MS, 400 * MS, Activity.BLOCKED, 3, 1, 0), new Span(400 * MS, 402 * MS, Activity.COOKING, 4, 0, 0)));
        Mark stall = new Mark(100 * MS, 400 * MS, "soup", 0, Mark.Kind.STALL, "a blocking call held the loop");
        LaneCells.Cell[] cells = LaneCells.of(loop, List.of(stall), new TimeAxis(0, 500 * MS, 50));
        String row = String.join("", Arrays.stream(cells).map(c -> c == null ? " " : c.text(Style.DEFAULT)).toList());
        assertThat(row).isEqualTo(" ".repeat(9) + "2" + "▄".repeat(30) + "‖" + " ".repeat(9));
    }

    @Test
    void theMarksRowPutsTheGravestOnTopAndAFreezeOverItsLength() {
        List<Mark> marks = List.of(new Mark(30 * MS, 30 * MS, "s", -1, Mark.Kind.RACE, "r"),
                new Mark(31 * MS, 31 * MS, "s", 0, Mark.Kind.CRASH, "c"),
                new Mark(50 * MS, 80 * MS, "s", 1, Mark.Kind.FREEZE, "f"));
        LaneCells.Cell[] cells = LaneCells.marks(marks, new TimeAxis(0, 100 * MS, 10));
        assertThat(cells[3].glyph()).isEqualTo(TimeGlyph.CRASH);
        assertThat(cells[5].glyph()).isEqualTo(TimeGlyph.FREEZE);
        assertThat(cells[8].glyph()).isEqualTo(TimeGlyph.FREEZE);
        assertThat(cells[9]).isNull();
    }

    @Test
    void theEndOfTheAxisIsItsLastColumnAndOutsideIsNone() {
        TimeAxis axis = new TimeAxis(100 * MS, 200 * MS, 40);
        assertThat(axis.column(100 * MS)).isZero();
        assertThat(axis.column(300 * MS)).isEqualTo(39);
        assertThat(axis.column(99 * MS)).isEqualTo(-1);
        assertThat(axis.column(301 * MS)).isEqualTo(-1);
        assertThat(axis.start(40)).isEqualTo(300 * MS);
        assertThat(axis.time(1_250 * MS)).isEqualTo("1.25s");
        assertThat(new TimeAxis(0, 8 * MS, 40).time(1_250_000)).isEqualTo("1.25ms");
    }

    @Test
    void aSparklineScalesToTheRunsMaximumAndLeavesNothingBlank() {
        assertThat(Sparkline.level(42, 42, 8)).isEqualTo(7);
        assertThat(Sparkline.level(0.01, 42, 8)).isZero();
        assertThat(Sparkline.level(21, 42, 8)).isEqualTo(3);
        Series served = new Series(100 * MS, new double[] {0, 4, 8});
        assertThat(Sparkline.of(served, new TimeAxis(0, 300 * MS, 6), Style.DEFAULT)).isEqualTo("  ▄▄██");
        assertThat(Sparkline.of(served, new TimeAxis(0, 300 * MS, 3), new Style(true, false))).isEqualTo(" =@");
        // zoomed into one bucket, the height stays what the run's maximum makes it
        assertThat(Sparkline.of(served, new TimeAxis(100 * MS, 50 * MS, 2), Style.DEFAULT)).isEqualTo("▄▄");
    }

    @Test
    void theLanesThatDoNotFitAreCountedAndTheLastOneCanBeReached() {
        assertThat(TimelineView.LaneWindow.of(5, 11, 3)).isEqualTo(new TimelineView.LaneWindow(0, 5, false));
        assertThat(TimelineView.LaneWindow.of(12, 11, 0)).isEqualTo(new TimelineView.LaneWindow(0, 10, true));
        assertThat(TimelineView.LaneWindow.of(12, 11, 99)).isEqualTo(new TimelineView.LaneWindow(2, 10, true));
        assertThat(TimelineView.LaneWindow.of(12, 11, -4)).isEqualTo(new TimelineView.LaneWindow(0, 10, true));
        assertThat(TimelineView.LaneWindow.of(300, 0, 299)).isEqualTo(new TimelineView.LaneWindow(299, 1, true));
    }
}
