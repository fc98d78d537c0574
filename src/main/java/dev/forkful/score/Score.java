package dev.forkful.score;

import java.util.List;

/**
 * What happened in one run, overall ({@code task == null}) or for one task: the figures of the
 * {@code run --json} contract (DESIGN.md section 4).
 *
 * @param idealMs the level's ideal wall time on this machine, the base of {@code par}
 * @param tasks   the same figures per task (empty in a per-task score)
 */
public record Score(
        String level,
        String plan,
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
        long cpuMs,
        int processes,
        int threads,
        int coroutines,
        long idealMs,
        int stars,
        List<TaskScore> tasks) {

    /** A kitchen that ended abnormally. */
    public record CrashRecord(String task, String model, String kind, long pid, int exitStatus, int dishesLost) {}

    /** A freeze or stall: how long nothing moved, and why. */
    public record FreezeRecord(String task, String model, long stalledMs, String cause) {}

    /** One task's figures. */
    public record TaskScore(
            String task,
            String model,
            int workers,
            long orders,
            long served,
            long lost,
            long wallMs,
            double throughputPerS,
            double latencyP50Ms,
            double latencyP95Ms,
            long races,
            double peakRssMb,
            long cpuMs) {}
}
