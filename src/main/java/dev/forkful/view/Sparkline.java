package dev.forkful.view;

import dev.forkful.timeline.Series;

/**
 * A figure over time in one row of block glyphs (or an ASCII ramp), one cell per column of a
 * {@link TimeAxis}, scaled to the figure's maximum over the whole run, so that zooming changes no height.
 * Nothing is a blank; anything more than nothing shows at least the lowest block.
 */
final class Sparkline {
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
    private static final String RAMP = ".:-=+*#@";

    private Sparkline() {
    }

    /** The row for {@code series} along {@code axis}: each cell the mean of the buckets it overlaps. */
    static String of(Series series, TimeAxis axis, Style style) {
        String glyphs = style.ascii() ? RAMP : BLOCKS;
        double max = series.max();
        StringBuilder out = new StringBuilder(axis.columns());
        for (int c = 0; c < axis.columns(); c++) {
            double v = mean(series, axis.start(c), axis.start(c + 1));
            out.append(v <= 0 || max <= 0 ? ' ' : glyphs.charAt(level(v, max, glyphs.length())));
        }
        return out.toString();
    }

    /** Which of {@code levels} glyphs a value shows as: 0 for a sliver, the last for the maximum. */
    static int level(double value, double max, int levels) {
        return (int) Math.clamp(Math.ceil(value / max * levels) - 1, 0, levels - 1);
    }

    /** The mean of the buckets that {@code [from, to)} overlaps; 0 past the run's end. */
    static double mean(Series s, long from, long to) {
        long bucket = s.bucketNanos();
        int first = (int) (from / bucket);
        int last = (int) Math.min(s.size() - 1, Math.max(from, to - 1) / bucket);
        if (first >= s.size() || last < first) {
            return 0;
        }
        double sum = 0;
        for (int i = first; i <= last; i++) {
            sum += s.at(i);
        }
        return sum / (last - first + 1);
    }
}
