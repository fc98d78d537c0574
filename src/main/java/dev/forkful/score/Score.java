package dev.forkful.score;

import dev.forkful.level.Model;
import dev.forkful.level.Stars;
import java.util.List;
import java.util.Map;

/**
 * What happened in one run: the figures of the {@code run --json} contract (DESIGN.md section 4),
 * overall and per task. Built by {@link Scorer}; written by {@link ScoreJson} and {@link ScoreText}.
 *
 * @param plan       the plan as written on the command line, {@code soup=coroutine bread=process:4}
 * @param cores      the cores the ideal time was computed for
 * @param finished   false while the run goes on (a live view)
 * @param total      the figures over all tasks
 * @param stars      stars earned (cumulative: a star counts only when every earlier one does)
 * @param starChecks each star rule of the level, whether it held, and what was missing
 * @param tasks      the same figures per task, in the level's order
 * @param machine    what the machine gave the run, which the ideal time counts
 */
public record Score(
        String level,
        String plan,
        int cores,
        boolean finished,
        Figures total,
        int stars,
        List<StarCheck> starChecks,
        List<TaskScore> tasks,
        Machine machine) {

    public Score {
        starChecks = List.copyOf(starChecks);
        tasks = List.copyOf(tasks);
    }

    /**
     * What the machine gave the run: Linux shares the cores among runnable threads, so other
     * programs' threads took part of them. Not measured (no {@code /proc}): {@code othersRunnable}
     * is -1 and the ideal counts every core.
     *
     * @param cores          the machine's cores
     * @param othersRunnable other programs' threads that wanted a core, on average over the run
     * @param bestShare      the cores the best allowed plan would have had beside them
     */
    public record Machine(int cores, double othersRunnable, double bestShare) {
        public boolean measured() {
            return othersRunnable >= 0;
        }
    }

    /**
     * The figures that the overall score and each task share.
     *
     * @param wallMs       from the first order's arrival to the last order's end (or to now, mid-run)
     * @param latencyP50Ms arrival to served; NaN when no order was served
     * @param races        lost updates found by the fridge audit
     * @param peakRssMb    the highest sum of resident memory (RSS) over the live children at one sample: a
     *                     page they share counts once per child; -1 where not measured (no {@code /proc})
     * @param peakPssMb    the same of their proportional set size (PSS): a shared page is split among
     *                     the processes that map it, so the sum adds up; the run's memory; -1 where not measured
     * @param cpuMs        CPU time of all children, each counted to its last sample
     * @param processes    peak live child processes
     * @param threads      peak threads summed over the live children
     * @param coroutines   peak pending coroutines (or virtual threads) summed over the live children
     * @param idealMs      the ideal wall time on this machine, the base of {@code par}
     */
    public record Figures(
            long orders,
            long served,
            long lost,
            long wallMs,
            double throughputPerS,
            double latencyP50Ms,
            double latencyP95Ms,
            List<CrashRecord> crashes,
            List<FreezeRecord> freezes,
            long races,
            double peakRssMb,
            double peakPssMb,
            long cpuMs,
            int processes,
            int threads,
            int coroutines,
            long idealMs) {

        public Figures {
            crashes = List.copyOf(crashes);
            freezes = List.copyOf(freezes);
        }

        /** The fraction of orders served, 0 when there were none. */
        public double servedFraction() {
            return orders == 0 ? 0 : (double) served / orders;
        }

        /** Whether the kitchens' proportional memory was measured (Linux {@code /proc}). */
        public boolean pssMeasured() {
            return peakPssMb >= 0;
        }

        /** Wall time as a multiple of the ideal time. */
        public double parMultiple() {
            return idealMs == 0 ? 0 : (double) wallMs / idealMs;
        }
    }

    /** A kitchen that ended abnormally; {@code exitStatus} is 128+signal when a signal killed it. */
    public record CrashRecord(String task, String model, String kind, long pid, int exitStatus, int dishesLost) {}

    /**
     * A freeze (the watchdog killed a kitchen that stopped, {@code killed}) or a stall (a step held an
     * event loop and it went on): how long nothing moved, and why.
     */
    public record FreezeRecord(String task, String model, long stalledMs, String cause, boolean killed) {}

    /**
     * One task's figures.
     *
     * @param lostUpdates per ingredient, the updates the fridge audit found lost
     * @param lostReasons per reason the engine gave, how many dishes were lost
     */
    public record TaskScore(
            String task,
            Model model,
            int workers,
            boolean lock,
            Figures figures,
            Map<String, Long> lostUpdates,
            Map<String, Long> lostReasons) {

        public TaskScore {
            lostUpdates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lostUpdates));
            lostReasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lostReasons));
        }
    }

    /** One star rule and how the run fared against it; {@code unmet} says, in figures, what fell short. */
    public record StarCheck(Stars.Rule rule, boolean held, List<String> unmet) {
        public StarCheck {
            unmet = List.copyOf(unmet);
        }
    }
}
