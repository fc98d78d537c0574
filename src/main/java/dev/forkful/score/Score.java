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
     * programs' threads took part of them. Not measured (no {@code /proc}, or too little ran):
     * {@code othersRunnable} is -1 and the ideal counts every core.
     *
     * @param cores          the machine's cores
     * @param threadShare    the share of a core each of the run's threads that wanted one had: 1 on an idle machine; -1 when too little computed
     * @param othersRunnable other programs' runnable threads, on average, counted
     * @param wakeDelayNanos how late a thread that parked for a moment woke, the median; -1 when not measured
     * @param workSpeed      how fast the kitchens' cpu work ran against its calibration (calibrated time over
     *                       the CPU it took); -1 when too little was measured
     * @param bestShare      the cores the best allowed plan would have had beside them
     */
    public record Machine(int cores, double threadShare, double othersRunnable, long wakeDelayNanos, double workSpeed,
            double bestShare) {
        /** Whether other programs were counted: the ideal counts them; the share may still be unmeasured (-1) in a run that computed little. */
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
     * @param cpuMs        CPU time of all children, each counted to its last sample; -1 where not measured
     * @param blockedMs    wall time the children's blocking calls took, summed over their threads
     * @param processes    peak live child processes
     * @param threads      peak threads summed over the live children; -1 where not measured
     * @param coroutines   peak pending coroutines summed over the live event loops
     * @param virtualThreads peak live virtual threads summed over the live virtual-thread kitchens
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
            long blockedMs,
            int processes,
            int threads,
            int coroutines,
            int virtualThreads,
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

        /** Cores used: the kitchens' measured CPU time over the wall time, 0 before any wall time; -1 where not measured. */
        public double coresUsed() {
            return cpuMs < 0 ? -1 : wallMs == 0 ? 0 : (double) cpuMs / wallMs;
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
     * @param lock        the chefs took the fridge lock; false where there is none (processes, the event loop)
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

        /** Whether chefs of the model share one fridge that a lock guards: threads and virtual threads. */
        public static boolean hasLock(Model model) {
            return model == Model.THREAD || model == Model.VIRTUAL;
        }

        /** The plan's words for this task, {@code thread:4:nolock}, or {@code -} when the plan left it out. */
        public String spec() {
            if (model == null) {
                return "-";
            }
            return model.id() + (model.takesWorkerCount() ? ":" + workers : "") + (hasLock(model) && !lock ? ":nolock" : "");
        }
    }

    /** One star rule and how the run fared against each of its conditions. */
    public record StarCheck(Stars.Rule rule, List<Condition> conditions) {
        public StarCheck {
            conditions = List.copyOf(conditions);
        }

        public boolean held() {
            return conditions.stream().allMatch(Condition::held);
        }

        /** What fell short, in figures: {@code served 95.0% < 100.0%}. */
        public List<String> unmet() {
            return conditions.stream().filter(c -> !c.held()).map(Condition::text).toList();
        }
    }

    /**
     * One condition of a star rule against its figure.
     *
     * @param name  {@code served}, {@code par}, {@code crashes}, {@code freezes} or {@code races}
     * @param limit the rule's number: a least fraction served, a most multiple of the ideal, a most count
     * @param value the run's figure in the same unit
     * @param text  the comparison in figures, {@code wall 1126 ms > par 1.60 x ideal 600 ms = 960 ms}
     */
    public record Condition(String name, double limit, double value, boolean held, String text) {}
}
