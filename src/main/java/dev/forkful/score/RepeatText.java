package dev.forkful.score;

import dev.forkful.level.Plain;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The readable report of {@code run --repeat N}: the stars from the medians, each figure's median
 * and spread, how many runs ended each way, and the story of the median run. Plain ASCII.
 */
public final class RepeatText {
    private static final String ROW = "  %-18s %12s %21s%n";

    private RepeatText() {
    }

    public static String render(Repeats r) {
        StringBuilder out = new StringBuilder();
        Score first = r.runs().getFirst();
        int n = r.runs().size();
        out.append(Plain.format("%s   %d runs in a row%n", first.level(), n));
        line(out, "plan", first.plan());
        List<Score.StarCheck> checks = r.starChecks();
        int stars = r.stars();
        line(out, "stars", Show.stars(stars, checks.size()) + "  " + Show.word(stars) + (stars == 1 ? " star" : " stars")
                + " of " + Show.word(checks.size()) + " from the medians; run by run: "
                + r.runs().stream().map(s -> Integer.toString(s.stars())).collect(Collectors.joining(" ")));
        for (int i = stars; i < checks.size(); i++) {
            Score.StarCheck missed = checks.get(i);
            line(out, "", "star " + (i + 1) + " (" + missed.rule().name() + "): "
                    + (missed.held() ? "needs the stars before it" : String.join("; ", missed.unmet())));
        }
        out.append(Plain.format("%n" + ROW, "figure", "median", "min - max"));
        for (Repeats.Figure f : Repeats.FIGURES) {
            Repeats.Spread s = r.spread(f, null);
            out.append(Plain.format(ROW, f.name(), number(s.median()), number(s.min()) + " - " + number(s.max())));
        }
        out.append(System.lineSeparator());
        for (Repeats.Figure outcome : Repeats.OUTCOMES) {
            line(out, outcome.name(), histogram(r.histogram(outcome), n));
        }
        int median = r.medianRun();
        Score story = r.runs().get(median);
        out.append(Plain.format("%nRun %d of %d, the one nearest the median wall time:%n", median + 1, n));
        out.append(ScoreText.story(story, r.level()));
        return out.toString();
    }

    /** {@code 0 in 3 runs, 12 in 2 runs}: each value of an outcome and how many runs ended with it. */
    private static String histogram(Map<Long, Integer> counts, int n) {
        return counts.entrySet().stream()
                .map(e -> Show.count(e.getKey()) + " in " + Show.plural(e.getValue(), "run", "runs"))
                .collect(Collectors.joining(", ")) + " (of " + n + ")";
    }

    private static String number(double x) {
        if (Double.isNaN(x)) {
            return "-";
        }
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Show.count(Math.round(x)) : Show.decimal(x);
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(Plain.format("%-11s %s%n", label, value));
    }
}
