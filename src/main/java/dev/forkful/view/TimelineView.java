package dev.forkful.view;

import dev.forkful.flow.Key;
import dev.forkful.flow.Screen;
import dev.forkful.flow.TimelineWindow;
import dev.forkful.timeline.Lane;
import dev.forkful.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The results' timeline page: one row per chef, house, loop or virtual thread, time across, zoomed and
 * scrolled as the {@link TimelineWindow} says; a marks row; the plots over the same time; the legend. The
 * page always fits the rows it gets: the lanes that do not are counted, and scrolled to with ↑↓.
 */
public final class TimelineView {
    /** The label column is at least this wide: "served max 12/0.1s" fits. */
    private static final int MIN_LABEL = 20;

    private TimelineView() {
    }

    /** Which lanes show: from {@code first}, {@code shown} of them, and whether a row counts the others. */
    public record LaneWindow(int first, int shown, boolean more) {
        /** {@code lanes} in {@code room} rows, from the wanted first lane as far as the last can still fill the room. */
        static LaneWindow of(int lanes, int room, int wantedFirst) {
            if (lanes <= room) {
                return new LaneWindow(0, lanes, false);
            }
            int shown = Math.max(1, room - 1);
            return new LaneWindow(Math.clamp(wantedFirst, 0, lanes - shown), shown, true);
        }
    }

    /** Everything the page's size decides: the label column, the time axis, the legend and the lanes that fit. */
    private record Layout(TimelineRows rows, TimeAxis axis, List<Line> legend, List<Line> plots, LaneWindow lanes, int fixed) {}

    private static Layout layout(Screen.Results r, Style style, int width, int rows) {
        Timeline t = r.result().timeline();
        int longest = t.lanes().stream().mapToInt(l -> l.label().length() + 2).max().orElse(0);
        int labelWidth = Math.min(Math.max(MIN_LABEL, longest), Math.max(MIN_LABEL, width / 4));
        long span = r.spanNanos();
        TimelineWindow w = r.window();
        TimeAxis axis = new TimeAxis(w.startNanos(span), w.widthNanos(span), width - labelWidth - 2);
        TimelineRows drawn = new TimelineRows(style, labelWidth, axis);
        List<Line> legend = TimelineRows.legend(t, style, width);
        List<Line> plots = drawn.plots(t.plots(), TimelineRows.before(r.previous()));
        int fixed = 1 + (t.marks().isEmpty() ? 0 : 1) + plots.size() + legend.size() + (t.spansDropped() > 0 ? 1 : 0);
        LaneWindow lanes = LaneWindow.of(Math.max(1, t.lanes().size()), rows - fixed, w.firstLane());
        return new Layout(drawn, axis, legend, plots, lanes, fixed);
    }

    /** The lanes the page of this size shows. */
    public static LaneWindow lanes(Screen.Results r, Style style, int width, int rows) {
        return layout(r, style, width, rows).lanes();
    }

    static Page page(Screen.Results r, Style style, int width, int rows) {
        Timeline t = r.result().timeline();
        Layout l = layout(r, style, width, rows);
        List<Line> body = new ArrayList<>();
        body.add(l.rows().axis(r.window().zoom()));
        if (t.lanes().isEmpty()) {
            body.add(Line.of(" no chef cooked a dish in this run: there is nothing to show over time", Tone.DIM));
        }
        for (Lane lane : t.lanes().subList(l.lanes().first(), l.lanes().first() + (t.lanes().isEmpty() ? 0 : l.lanes().shown()))) {
            body.add(l.rows().lane(lane, t.marks()));
        }
        if (l.lanes().more()) {
            body.add(more(l.lanes(), t.lanes().size(), style));
        }
        if (!t.marks().isEmpty()) {
            body.add(l.rows().marks(t.marks()));
        }
        body.addAll(l.plots());
        body.addAll(l.legend());
        if (t.spansDropped() > 0) {
            body.add(Line.of(" " + t.spansDropped() + " more steps were not kept: a run this long keeps its first "
                    + t.spanCount(), Tone.DIM));
        }
        List<Line> marks = TimelineRows.markList(t, style, l.axis());
        body.addAll(marks.subList(0, Math.clamp(rows - body.size(), 0, marks.size())));
        return new Page("timeline " + r.level().title(), body, List.of(
                "t", "score", "+ -", "zoom", style.leftright(), "time", style.updown(), "rows", "r", "replay", "q", "map"));
    }

    private static Line more(LaneWindow w, int lanes, Style style) {
        int below = lanes - w.first() - w.shown();
        Line line = new Line().add(" ");
        line.add(below > 0 ? style.down() + " " + below + " more " + (below == 1 ? "row" : "rows") + " below" : "last row", Tone.KEY);
        if (w.first() > 0) {
            line.add("  " + style.up() + " " + w.first() + " above", Tone.DIM);
        }
        return line;
    }

    /**
     * Where a scroll key takes the timeline's rows: one for ↑↓, the lanes shown for PgUp/PgDn/Space, never
     * past either end. Empty when the key does not scroll.
     */
    static OptionalInt scrollTarget(Screen.Results r, Key key, Style style, int width, int rows) {
        LaneWindow w = layout(r, style, width, rows).lanes();
        int step = switch (key.kind()) {
            case UP -> -1;
            case DOWN -> 1;
            case PAGE_UP -> -w.shown();
            case PAGE_DOWN -> w.shown();
            case CHAR -> key.ch() == ' ' ? w.shown() : 0;
            default -> 0;
        };
        if (step == 0) {
            return OptionalInt.empty();
        }
        int last = Math.max(0, r.result().timeline().lanes().size() - w.shown());
        return OptionalInt.of(Math.clamp((long) w.first() + step, 0, last));
    }
}
