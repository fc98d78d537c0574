package dev.forkful.score;

import dev.forkful.level.Level;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Several runs of one plan on one level, in a row: each figure's median and spread (min to max), the
 * stars from the medians, and for the outcomes that luck decides (lost updates, crashes, lost dishes)
 * how many runs ended each way.
 */
public record Repeats(Level level, List<Score> runs) {

    /** A figure that every run has, named as {@code run --json} names it. */
    record Figure(String name, ToDoubleFunction<Score.Figures> of) {}

    /** A figure that is -1 where it was not measured: NaN then, which the medians leave out and the JSON writes as null. */
    private static Figure measured(String name, ToDoubleFunction<Score.Figures> of) {
        return new Figure(name, f -> of.applyAsDouble(f) < 0 ? Double.NaN : of.applyAsDouble(f));
    }

    static final Figure WALL = new Figure("wall_ms", Score.Figures::wallMs);

    /** Every figure of {@link Score.Figures} that is one number. */
    static final List<Figure> FIGURES = List.of(
            new Figure("served", Score.Figures::served),
            new Figure("lost", Score.Figures::lost),
            WALL,
            new Figure("par_multiple", Score.Figures::parMultiple),
            new Figure("throughput_per_s", Score.Figures::throughputPerS),
            new Figure("latency_p50_ms", Score.Figures::latencyP50Ms),
            new Figure("latency_p95_ms", Score.Figures::latencyP95Ms),
            new Figure("crashes", f -> f.crashes().size()),
            new Figure("freezes", f -> f.freezes().size()),
            new Figure("races", Score.Figures::races),
            measured("peak_rss_mb", Score.Figures::peakRssMb),
            measured("cpu_ms", Score.Figures::cpuMs),
            measured("cores_used", Score.Figures::coresUsed),
            new Figure("blocked_ms", Score.Figures::blockedMs),
            new Figure("processes", Score.Figures::processes),
            measured("threads", Score.Figures::threads),
            new Figure("coroutines", Score.Figures::coroutines),
            new Figure("virtual_threads", Score.Figures::virtualThreads),
            new Figure("ideal_ms", Score.Figures::idealMs));

    /** The outcomes counted run by run, with the words the text uses for them. */
    static final List<Figure> OUTCOMES = List.of(
            new Figure("races", Score.Figures::races),
            new Figure("crashes", f -> f.crashes().size()),
            new Figure("lost", Score.Figures::lost));

    /** The median (the mean of the middle two for an even count) and the least and greatest of N values. */
    public record Spread(double median, double min, double max) {
        static Spread of(double[] values) {
            double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
            if (v.length == 0) {
                return new Spread(Double.NaN, Double.NaN, Double.NaN);
            }
            int mid = v.length / 2;
            double median = v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
            return new Spread(median, v[0], v[v.length - 1]);
        }
    }

    public Repeats {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to repeat");
        }
        runs = List.copyOf(runs);
    }

    /** A figure over the runs, of all tasks ({@code task} null) or of one task. */
    Spread spread(Figure figure, String task) {
        return Spread.of(runs.stream().mapToDouble(s -> figure.of().applyAsDouble(figures(s, task))).toArray());
    }

    /** How many runs ended with each value of an outcome, smallest value first. */
    SortedMap<Long, Integer> histogram(Figure outcome) {
        SortedMap<Long, Integer> counts = new TreeMap<>();
        runs.forEach(s -> counts.merge(Math.round(outcome.of().applyAsDouble(s.total())), 1, Integer::sum));
        return counts;
    }

    /**
     * The star rules judged on the medians of their figures. The par is judged on the run of the
     * median multiple of its ideal, with that run's wall and ideal: each run's ideal counts the share
     * of the cores it had, so a median wall and a median ideal taken from different runs would judge
     * a run that never happened.
     */
    public List<Score.StarCheck> starChecks() {
        Function<ToDoubleFunction<Score.Figures>, Double> median = f ->
                Spread.of(runs.stream().mapToDouble(s -> f.applyAsDouble(s.total())).toArray()).median();
        Score.Figures par = runs.stream().map(Score::total)
                .sorted(Comparator.comparingDouble(Score.Figures::parMultiple)).toList().get(runs.size() / 2);
        return StarRating.check(level.stars(), new StarRating.Judged(median.apply(Score.Figures::servedFraction),
                par.wallMs(), par.idealMs(),
                median.apply(f -> f.crashes().size()), median.apply(f -> f.freezes().size()),
                median.apply(Score.Figures::races), median.apply(Score.Figures::peakPssMb)));
    }

    public int stars() {
        return StarRating.earned(starChecks());
    }

    /** The run whose wall time is nearest the median: the one whose story the report tells. */
    public int medianRun() {
        double median = spread(WALL, null).median();
        int best = 0;
        for (int i = 1; i < runs.size(); i++) {
            if (Math.abs(runs.get(i).total().wallMs() - median) < Math.abs(runs.get(best).total().wallMs() - median)) {
                best = i;
            }
        }
        return best;
    }

    private static Score.Figures figures(Score score, String task) {
        if (task == null) {
            return score.total();
        }
        return score.tasks().stream().filter(t -> t.task().equals(task)).findFirst().orElseThrow().figures();
    }
}
