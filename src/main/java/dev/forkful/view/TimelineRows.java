package dev.forkful.view;

import dev.forkful.flow.RunResult;
import dev.forkful.level.Model;
import dev.forkful.level.Plain;
import dev.forkful.score.Memory;
import dev.forkful.timeline.Activity;
import dev.forkful.timeline.Lane;
import dev.forkful.timeline.Mark;
import dev.forkful.timeline.Plots;
import dev.forkful.timeline.Series;
import dev.forkful.timeline.Span;
import dev.forkful.timeline.Timeline;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;

/** The timeline page's rows: a label column, then cells along one {@link TimeAxis}. */
final class TimelineRows {
    private static final double MB = 1 << 20;

    private final Style style;
    private final int labelWidth;
    private final TimeAxis axis;

    TimelineRows(Style style, int labelWidth, TimeAxis axis) {
        this.style = style;
        this.labelWidth = labelWidth;
        this.axis = axis;
    }

    private Line label(String text, Tone tone) {
        String cut = text.length() >= labelWidth ? text.substring(0, labelWidth - 1) : text;
        return new Line().add(" ").add(cut, tone).padTo(labelWidth + 1);
    }

    /** The window's start, middle and end along a rule; the zoom in the label column. */
    Line axis(int zoom) {
        char[] rule = style.rule().repeat(axis.columns()).toCharArray();
        String first = axis.time(axis.fromNanos());
        String middle = axis.time(axis.start(axis.columns() / 2));
        String last = axis.time(axis.endNanos());
        put(rule, 0, first);
        put(rule, axis.columns() / 2 - middle.length() / 2, middle);
        put(rule, axis.columns() - last.length(), last);
        return label(zoom == 0 ? "whole run" : "zoom x" + (1L << zoom), Tone.TITLE).add(new String(rule), Tone.DIM);
    }

    private static void put(char[] row, int at, String text) {
        for (int i = 0; i < text.length() && at + i < row.length; i++) {
            if (at + i >= 0) {
                row[at + i] = text.charAt(i);
            }
        }
    }

    Line lane(Lane lane, List<Mark> marks) {
        return cells(label(lane.label(), Tone.PLAIN), LaneCells.of(lane, marks, axis));
    }

    Line marks(List<Mark> marks) {
        return cells(label("marks", Tone.TITLE), LaneCells.marks(marks, axis));
    }

    /** Cells appended as runs of one tone, blanks where nothing shows. */
    private Line cells(Line line, LaneCells.Cell[] cells) {
        StringBuilder run = new StringBuilder();
        Tone tone = Tone.PLAIN;
        for (LaneCells.Cell c : cells) {
            Tone t = c == null ? Tone.PLAIN : c.glyph().tone;
            if (t != tone && !run.isEmpty()) {
                line.add(run.toString(), tone);
                run.setLength(0);
            }
            tone = t;
            run.append(c == null ? " " : c.text(style));
        }
        return line.add(run.toString(), tone);
    }

    /** Served, memory and cores over the window, each with the previous plan's below it when there is one. */
    List<Line> plots(Plots now, Optional<Plots> before) {
        List<Line> out = new ArrayList<>();
        plot(out, "served", now.served(), before.map(Plots::served), v -> Plain.format("%.0f/0.1s", v), "none served");
        plot(out, "memory", now.memoryBytes(), before.map(Plots::memoryBytes), v -> Plain.format("%.0f MB", v / MB),
                Memory.NOT_MEASURED);
        plot(out, "cores", now.cores(), before.map(Plots::cores), v -> Plain.format("%.1f", v), "no CPU time measured");
        return out;
    }

    private void plot(List<Line> out, String what, Series now, Optional<Series> before, DoubleFunction<String> scale, String none) {
        out.add(sparkline(what, now, scale, none, Tone.PLAIN));
        before.ifPresent(b -> out.add(sparkline(" before", b, scale, none, Tone.DIM)));
    }

    /** The figure's row, its scale in words in the label column. */
    private Line sparkline(String what, Series s, DoubleFunction<String> scale, String none, Tone tone) {
        if (s.max() <= 0) {
            return label(what, tone).add(none, Tone.DIM);
        }
        return label(what + " max " + scale.apply(s.max()), tone).add(Sparkline.of(s, axis, style), tone);
    }

    /** The glyphs this run's timeline uses, each with its words, wrapped to {@code width}. */
    static List<Line> legend(Timeline t, Style style, int width) {
        Set<TimeGlyph> used = used(t);
        List<Line> out = new ArrayList<>();
        Line line = new Line().add(" ");
        for (TimeGlyph g : used) {
            String glyph = g == TimeGlyph.LOOP ? "" : g.glyph(style) + " ";
            if (line.length() > 1 && line.length() + glyph.length() + g.words.length() + 2 > width - 1) {
                out.add(line);
                line = new Line().add(" ");
            }
            line.add(glyph + g.words, g.tone).add("  ");
        }
        if (line.length() > 1) {
            out.add(line);
        }
        return out;
    }

    private static Set<TimeGlyph> used(Timeline t) {
        Set<TimeGlyph> used = EnumSet.noneOf(TimeGlyph.class);
        for (Lane lane : t.lanes()) {
            for (Span s : lane.spans()) {
                boolean cooking = s.activity() == Activity.COOKING;
                used.add(!cooking ? TimeGlyph.of(s.activity()) : 2 * s.gilWaitNanos() > s.nanos() ? TimeGlyph.GIL
                        : lane.model() == Model.COROUTINE ? TimeGlyph.LOOP : TimeGlyph.COOKING);
            }
        }
        for (Mark m : t.marks()) {
            used.add(TimeGlyph.of(m.kind()));
            boolean onALane = t.lanes().stream().anyMatch(l -> l.task().equals(m.task()) && l.kitchen() == m.kitchen());
            if (onALane && (m.kind() == Mark.Kind.FREEZE || m.kind() == Mark.Kind.STALL)) {
                used.add(TimeGlyph.FROZEN);
            }
        }
        return used;
    }

    /** Each mark in words: what, when, where (a house, or a kitchen of chefs, as its task's lanes are). */
    static List<Line> markList(Timeline t, Style style, TimeAxis axis) {
        List<Line> out = new ArrayList<>();
        for (Mark m : t.marks()) {
            boolean houses = t.lanes().stream().anyMatch(l -> l.task().equals(m.task()) && l.model() == Model.PROCESS);
            TimeGlyph g = TimeGlyph.of(m.kind());
            String when = m.fromNanos() < m.atNanos() ? axis.time(m.fromNanos()) + " to " + axis.time(m.atNanos()) : axis.time(m.atNanos());
            out.add(new Line().add(" " + g.glyph(style) + " " + m.kind().name().toLowerCase(Locale.ROOT), g.tone)
                    .add(" " + when + ", " + m.task() + (m.kitchen() < 0 ? "" : (houses ? " house " : " kitchen ") + m.kitchen())
                    + ": " + m.what()));
        }
        return out;
    }

    /** The previous run's plots, when the player replayed. */
    static Optional<Plots> before(Optional<RunResult> previous) {
        return previous.map(p -> p.timeline().plots());
    }
}
