package dev.forkful.view;

import dev.forkful.level.Model;
import dev.forkful.timeline.Activity;
import dev.forkful.timeline.Lane;
import dev.forkful.timeline.Mark;
import dev.forkful.timeline.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One lane of the timeline cut into cells: each cell shows what took most of its time. A frozen step
 * always shows; cooking that went mostly to waiting for the GIL shows as such; a coroutine loop's cooking
 * shows the order it ran. The marks of the lane's kitchen are drawn over it where they happened.
 */
final class LaneCells {
    private LaneCells() {
    }

    /** What a cell shows; {@code order} is the order a coroutine loop ran there. */
    record Cell(TimeGlyph glyph, long order) {
        String text(Style style) {
            return glyph == TimeGlyph.LOOP ? String.valueOf(Math.floorMod(order, 10)) : glyph.glyph(style);
        }
    }

    /** The cells of {@code lane} along {@code axis}; null where the chef did nothing that shows. */
    static Cell[] of(Lane lane, List<Mark> marks, TimeAxis axis) {
        Cell[] cells = new Cell[axis.columns()];
        boolean loop = lane.model() == Model.COROUTINE;
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cell(lane.spans(), axis.start(c), axis.start(c + 1), loop);
        }
        for (Mark m : marks) {
            if (m.kitchen() == lane.kitchen() && m.task().equals(lane.task())) {
                overlay(cells, m, axis);
            }
        }
        return cells;
    }

    /** What took most of {@code [from, to)} among {@code spans} (in time order, not overlapping). */
    static Cell cell(List<Span> spans, long from, long to, boolean loop) {
        Map<Activity, Long> time = new EnumMap<>(Activity.class);
        double gil = 0;
        long mostCooked = 0;
        long order = -1;
        for (int i = firstEndingAfter(spans, from); i < spans.size() && spans.get(i).fromNanos() < to; i++) {
            Span s = spans.get(i);
            long overlap = Math.min(to, s.toNanos()) - Math.max(from, s.fromNanos());
            if (overlap <= 0) {
                continue;
            }
            time.merge(s.activity(), overlap, Long::sum);
            if (s.activity() == Activity.COOKING) {
                gil += (double) overlap * s.gilWaitNanos() / Math.max(1, s.nanos());
                if (overlap > mostCooked) {
                    mostCooked = overlap;
                    order = s.order();
                }
            }
        }
        if (time.isEmpty()) {
            return null;
        }
        if (time.containsKey(Activity.FROZEN)) {
            return new Cell(TimeGlyph.FROZEN, -1);
        }
        Activity most = mostOf(time, to - from);
        if (most != Activity.COOKING) {
            return new Cell(TimeGlyph.of(most), -1);
        }
        if (2 * gil > time.get(Activity.COOKING)) {
            return new Cell(TimeGlyph.GIL, order);
        }
        return new Cell(loop ? TimeGlyph.LOOP : TimeGlyph.COOKING, order);
    }

    /**
     * The activity that took most of the cell, waiting being the background: work that took a quarter of
     * the cell shows through it, so a 5 ms slice between long waits is not lost when a cell spans 8 ms.
     */
    static Activity mostOf(Map<Activity, Long> time, long cellNanos) {
        Optional<Map.Entry<Activity, Long>> work = time.entrySet().stream().filter(e -> e.getKey() != Activity.WAITING)
                .max(Map.Entry.comparingByValue());
        if (work.isPresent() && (!time.containsKey(Activity.WAITING) || 4 * work.get().getValue() >= cellNanos
                || work.get().getValue() >= time.get(Activity.WAITING))) {
            return work.get().getKey();
        }
        return Activity.WAITING;
    }

    /** The first span that ends after {@code t}: spans do not overlap, so their ends are in order too. */
    private static int firstEndingAfter(List<Span> spans, long t) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).toNanos() <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A freeze or stall fills the idle cells it lasted with frozen; the mark itself goes where it was seen. */
    private static void overlay(Cell[] cells, Mark m, TimeAxis axis) {
        if (m.kind() == Mark.Kind.FREEZE || m.kind() == Mark.Kind.STALL) {
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] == null && axis.start(c + 1) > m.fromNanos() && axis.start(c) <= m.atNanos()) {
                    cells[c] = new Cell(TimeGlyph.FROZEN, -1);
                }
            }
        }
        int at = axis.column(m.atNanos());
        if (at >= 0) {
            cells[at] = new Cell(TimeGlyph.of(m.kind()), -1);
        }
    }

    /** The marks row: every mark where it happened (a freeze or stall over the time it lasted), the gravest on top. */
    static Cell[] marks(List<Mark> marks, TimeAxis axis) {
        Cell[] cells = new Cell[axis.columns()];
        for (Mark m : marks) {
            TimeGlyph g = TimeGlyph.of(m.kind());
            for (int c = 0; c < cells.length; c++) {
                boolean at = c == axis.column(m.atNanos());
                boolean during = axis.start(c + 1) > m.fromNanos() && axis.start(c) <= m.atNanos();
                if ((at || during) && (cells[c] == null || g.ordinal() < cells[c].glyph().ordinal())) {
                    cells[c] = new Cell(g, -1);
                }
            }
        }
        return cells;
    }
}
