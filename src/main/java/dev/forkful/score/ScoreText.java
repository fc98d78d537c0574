package dev.forkful.score;

import dev.forkful.level.Level;
import dev.forkful.level.Plain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The readable summary that {@code forkful run} prints: stars, the overall figures against par,
 * a table per task, why dishes were lost, then the crashes and freezes. Plain ASCII, no colour codes, aligned columns.
 */
public final class ScoreText {
    private static final String TASK_ROW = "  %-12s %-16s %9s %6s %9s %9s %9s %9s %7s%n";

    private ScoreText() {
    }

    /** The summary, then what happened and why, row by row, and the level's lesson, as the results screen shows them. */
    public static String render(Score score, Level level) {
        return render(score) + System.lineSeparator() + story(score, level);
    }

    /** What happened, each sentence with its truth-table row, and the level's lesson. */
    static String story(Score score, Level level) {
        StringBuilder out = new StringBuilder(Plain.format("What happened%n"));
        for (Explain.Reason r : Explain.reasons(score, level)) {
            out.append(Plain.format("  [%s] %s%n", r.row().id(), r.text()));
        }
        if (!level.lesson().isBlank()) {
            out.append(Plain.format("%nLesson%n"));
            level.lesson().strip().lines().forEach(l -> out.append("  ").append(l).append(System.lineSeparator()));
        }
        return out.toString();
    }

    public static String render(Score score) {
        Score.Figures all = score.total();
        StringBuilder out = new StringBuilder();
        out.append(Plain.format("%s   %s%n", score.level(), score.finished() ? "final score" : "so far"));
        line(out, "plan", score.plan());
        stars(out, score);
        line(out, "served", Show.count(all.served()) + " of " + Show.count(all.orders())
                + " (" + StarRating.percent(all.servedFraction()) + "), lost " + Show.count(all.lost()));
        line(out, "wall", wall(all, score.cores()) + parGoals(score));
        if (score.machine().measured()) {
            line(out, "machine", machine(score.machine()));
        }
        line(out, "throughput", Show.decimal(all.throughputPerS()) + " orders/s");
        line(out, "latency", "p50 " + Show.millis(all.latencyP50Ms()) + ", p95 " + Show.millis(all.latencyP95Ms()));
        line(out, "trouble", Show.plural(all.crashes().size(), "crash", "crashes") + ", "
                + Show.plural(all.freezes().size(), "freeze or stall", "freezes and stalls") + ", "
                + Show.plural(all.races(), "lost update", "lost updates"));
        line(out, "peak", Show.plural(all.processes(), "process", "processes") + ", "
                + (all.threads() < 0 ? "threads " + Memory.NOT_MEASURED : Show.plural(all.threads(), "thread", "threads")) + ", " + Show.plural(all.coroutines(), "coroutine", "coroutines")
                + (all.virtualThreads() > 0 ? ", " + Show.plural(all.virtualThreads(), "virtual thread", "virtual threads") : ""));
        line(out, "memory", memory(all));
        line(out, "cpu", (all.cpuMs() < 0 ? Memory.NOT_MEASURED
                : Show.millis(all.cpuMs()) + " over all kitchens, " + Show.decimal(all.coresUsed()) + " cores used on average")
                + (all.blockedMs() > 0 ? "; " + Show.millis(all.blockedMs()) + " in blocking calls" : ""));
        out.append(Plain.format("%n" + TASK_ROW, "task", "model", "served", "lost", "wall", "orders/s", "p50",
                "p95", "races"));
        for (Score.TaskScore t : score.tasks()) {
            Score.Figures f = t.figures();
            out.append(Plain.format(TASK_ROW, t.task(), t.spec(), f.served() + "/" + f.orders(), f.lost(),
                    Show.millis(f.wallMs()), Show.decimal(f.throughputPerS()), Show.millis(f.latencyP50Ms()),
                    Show.millis(f.latencyP95Ms()), f.races()));
        }
        for (Score.TaskScore t : score.tasks()) {
            if (t.figures().lost() > 0) {
                out.append(Plain.format("lost      %s %s: %s%n", t.task(), Show.count(t.figures().lost()),
                        reasons(t.lostReasons())));
            }
        }
        for (Score.CrashRecord c : all.crashes()) {
            out.append(Plain.format("crash     %s (%s): %s, pid %d, exit status %d, %s lost%n", c.task(),
                    c.model(), c.kind(), c.pid(), c.exitStatus(), Show.plural(c.dishesLost(), "dish", "dishes")));
        }
        for (Score.FreezeRecord fr : all.freezes()) {
            out.append(Plain.format("%s  %s (%s): %s still, %s%n", fr.killed() ? "freeze  " : "stall   ",
                    fr.task(), fr.model(), Show.millis(fr.stalledMs()), fr.cause()));
        }
        return out.toString();
    }

    /**
     * The wall time against the ideal; with no order served, or an ideal under a millisecond, a
     * multiple of it would mean nothing, so the two are shown side by side.
     */
    private static String wall(Score.Figures all, int cores) {
        String onCores = Show.plural(cores, "core", "cores");
        if (all.served() == 0) {
            return Show.millis(all.wallMs()) + ", no order served (ideal " + Show.millis(all.idealMs()) + " on " + onCores + ")";
        }
        if (all.idealMs() == 0) {
            return Show.millis(all.wallMs()) + " (ideal under 1 ms on " + onCores + ")";
        }
        return Show.millis(all.wallMs()) + " = " + Show.decimal(all.parMultiple()) + " x ideal "
                + Show.millis(all.idealMs()) + " (" + onCores + ")";
    }

    /**
     * What the machine gave the run, which the ideal counts: {@code 2 cores; other programs kept about
     * 2.00 threads wanting one ...}.
     */
    public static String machine(Score.Machine m) {
        String cores = Show.plural(m.cores(), "core", "cores");
        boolean shareMeasured = m.threadShare() >= 0;
        if (m.othersRunnable() < 0.05) {
            String ownTurns = shareMeasured && m.threadShare() < 0.95 ? " (the kitchens' own threads took turns on them, each with "
                    + Show.decimal(m.threadShare()) + " of a core)" : "";
            return cores + ", no other program wanted them" + ownTurns + ": the ideal counts every core" + wakes(m);
        }
        String ownShare = shareMeasured ? "; each thread of the kitchens that wanted a core had " + Show.decimal(m.threadShare()) + " of one" : "";
        return cores + "; other programs kept about " + Show.decimal(m.othersRunnable()) + " threads wanting one"
                + " (counted on the machine's run queue, less the kitchens' own threads" + ownShare
                + "), so the best plan, one chef per core, would have had " + Show.decimal(m.bestShare())
                + " of them" + (shareMeasured ? " (each chef an equal share, or as much of a core as those threads had if more)" : "")
                + ": the ideal counts that" + wakes(m);
    }

    /** How late a parked thread woke, which the ideal adds to every fridge take's pause; and how fast the cpu work ran. */
    private static String wakes(Score.Machine m) {
        String wakes = m.wakeDelayNanos() < 0 ? ""
                : "; a thread that paused woke " + Show.decimal(m.wakeDelayNanos() / 1e6) + " ms late (the median), which every fridge take's pause pays too";
        return wakes + speed(m);
    }

    /** The kitchens' cpu work against its calibration, named when it differs by 5% or more. */
    private static String speed(Score.Machine m) {
        if (m.workSpeed() <= 0 || Math.abs(m.workSpeed() - 1) < 0.05) {
            return "";
        }
        return "; the kitchens' cpu work took " + Show.decimal(1 / m.workSpeed()) + " ms of CPU per calibrated ms"
                + (m.workSpeed() < 1 ? " (a kitchen's cold JIT, and a core slower or more shared than the one forkful calibrated on, cost that)"
                        : " (its cores computed faster than when forkful calibrated)")
                + ", and the ideal counts the cpu steps at that speed";
    }

    /** The run's memory in PSS (shared pages split among the kitchens), with RSS beside it; or that it was not measured. */
    private static String memory(Score.Figures all) {
        if (!all.pssMeasured()) {
            return Memory.NOT_MEASURED;
        }
        return Memory.of(all.peakPssMb(), "%.1f MB PSS") + " at the peak (each shared page split among the kitchens);"
                + " RSS " + Memory.of(all.peakRssMb(), "%.1f MB") + " (counts it in each)";
    }

    /** Why dishes were lost, the commonest reason first: {@code out of salt 7; its kitchen died 2}. */
    private static String reasons(Map<String, Long> lostReasons) {
        return lostReasons.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> Show.visible(e.getKey()) + " " + Show.count(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static void stars(StringBuilder out, Score score) {
        List<Score.StarCheck> checks = score.starChecks();
        String words = Show.word(score.stars()) + (score.stars() == 1 ? " star" : " stars") + " of " + Show.word(checks.size());
        line(out, "stars", Show.stars(score.stars(), checks.size()) + "  " + words);
        for (int i = score.stars(); i < checks.size(); i++) {
            Score.StarCheck missed = checks.get(i);
            String why = missed.held() ? "needs the stars before it" : String.join("; ", missed.unmet());
            line(out, "", "star " + (i + 1) + " (" + missed.rule().name() + "): " + why);
        }
    }

    /** The par of each star that has one, as wall-time goals: {@code ; par ** 2.0 x, *** 1.2 x}. */
    private static String parGoals(Score score) {
        List<String> goals = new ArrayList<>();
        List<Score.StarCheck> checks = score.starChecks();
        for (int i = 0; i < checks.size(); i++) {
            int stars = i + 1;
            checks.get(i).rule().par().ifPresent(par ->
                    goals.add("*".repeat(stars) + " " + Show.decimal(par) + " x"));
        }
        return goals.isEmpty() ? "" : "; par " + String.join(", ", goals);
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(Plain.format("%-11s %s%n", label, value));
    }
}
