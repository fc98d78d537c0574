package dev.forkful.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the machine gave a run: the share of a core that each of our runnable threads (the game's and
 * its kitchens') really had. Linux counts, per thread, the time it ran and the time it waited on a
 * run queue ({@code /proc/PID/task/TID/schedstat}); summed over our threads between samples,
 * {@code ran / (ran + waited)} is that share: 1 on an idle machine, 1/2 when as many threads of other
 * programs want the cores as ours do. Both counts are integrals over the whole run, so a burst of
 * other work between two samples is counted as long as it lasted, which sampling who is runnable
 * now ({@code procs_running}) could not do. Only threads that wanted a core most of the time between
 * two reads count, each in proportion to what it ran (the chefs at their chopping): a thread that
 * wakes often for a moment (a heartbeat, the supervisor) waits for each turn out of all proportion
 * to its run, and would make the share look smaller than the computing threads had. Where
 * {@code /proc} is missing nothing is measured and nothing is claimed.
 */
final class MachineLoad {
    /** Task files read per sample at most: a kitchen of 10,000 threads is read in turns. */
    static final int TASKS_PER_SAMPLE = 400;
    /** Under this much CPU of our hungry threads, too little ran to say what share it had. */
    static final long MIN_RAN_NANOS = 50_000_000L;
    /** A thread that ran or waited for a core this part of the time between two reads wanted a core throughout. */
    static final double HUNGRY = 0.5;

    private final Path proc;
    private final LongSupplier gamePid;
    /** Each thread's counts when last read and when, by thread id: the next read adds the difference. */
    private final Map<Long, long[]> lastRead = new HashMap<>();
    /** What the hungry threads ran, and the same with each interval weighted by the share it had. */
    private long ranNanos;
    private double sharedNanos;
    /** Ran plus waited of the hungry threads: how many of ours wanted a core, on average over the window. */
    private long hungryNanos;
    private long firstSampleAt = -1;
    private long lastSampleAt;
    private int samples;
    private int rotation;

    MachineLoad(Path proc, LongSupplier gamePid) {
        this.proc = proc;
        this.gamePid = gamePid;
    }

    static MachineLoad onThisMachine() {
        return new MachineLoad(Path.of("/proc"), () -> ProcessHandle.current().pid());
    }

    /** Reads our threads' counts now, with the kitchens' pids; threads that ended are skipped. */
    void sample(List<Long> kitchenPids, long now) {
        List<Long> pids = new ArrayList<>(kitchenPids.size() + 1);
        pids.add(gamePid.getAsLong());
        pids.addAll(kitchenPids);
        int perProcess = Math.max(8, TASKS_PER_SAMPLE / pids.size());
        boolean readAny = false;
        for (long pid : pids) {
            readAny |= readThreads(pid, perProcess, now);
        }
        if (!readAny) {
            return; // no /proc here: this sample says nothing
        }
        rotation++;
        samples++;
        if (firstSampleAt < 0) {
            firstSampleAt = now;
        }
        lastSampleAt = now;
    }

    int samples() {
        return samples;
    }

    /** The share of a core each of our runnable threads had, 0 to 1; -1 when too little ran to say, or nothing was read. */
    double threadShare() {
        if (ranNanos < MIN_RAN_NANOS) {
            return -1;
        }
        return sharedNanos / ranNanos;
    }

    /**
     * Other programs' runnable threads, on average, that explain the share: when each of ours had
     * {@code s} of a core while {@code k} of ours wanted one on average, Linux shared the
     * {@code cores} among {@code cores / s} threads, {@code k} of them ours. A plan of more chefs than
     * cores shares them among its own threads: that is no other program's doing, and counts none.
     * 0 when our threads hardly waited; -1 when not measured.
     */
    double othersRunnable(int cores) {
        double share = threadShare();
        long window = lastSampleAt - firstSampleAt;
        if (share < 0 || window <= 0) {
            return -1;
        }
        double ours = hungryNanos / (double) window;
        return share >= 0.95 ? 0 : Math.max(0, cores / share - ours);
    }

    /** Reads up to {@code budget} of a process's threads, a rotating part when it has more; false when it has none to read. */
    private boolean readThreads(long pid, int budget, long now) {
        List<Path> tasks = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("task"))) {
            dir.forEach(tasks::add);
        } catch (IOException | RuntimeException e) {
            return false; // the kitchen is gone, or there is no /proc
        }
        int read = Math.min(budget, tasks.size());
        int start = tasks.isEmpty() ? 0 : (int) ((long) rotation * read % tasks.size());
        for (int i = 0; i < read; i++) {
            Path task = tasks.get((start + i) % tasks.size());
            long[] counts = schedstat(task.resolve("schedstat"), now);
            if (counts != null) {
                add(Long.parseLong(task.getFileName().toString()), counts);
            }
        }
        return !tasks.isEmpty();
    }

    /** A thread's first read is where it starts being counted; a thread id reused by a new thread starts again. */
    private void add(long tid, long[] counts) {
        long[] before = lastRead.put(tid, counts);
        if (before == null || counts[0] < before[0] || counts[1] < before[1] || counts[2] <= before[2]) {
            return;
        }
        long ran = counts[0] - before[0];
        long waited = counts[1] - before[1];
        if (ran > 0 && ran + waited >= HUNGRY * (counts[2] - before[2])) {
            hungryNanos += ran + waited;
            ranNanos += ran;
            sharedNanos += ran * (ran / (double) (ran + waited));
        }
    }

    /** {@code schedstat} is "ran_ns waited_ns timeslices"; with the time it was read; null when the thread ended. */
    private static long[] schedstat(Path file, long now) {
        try {
            String[] f = Files.readString(file).trim().split("\\s+");
            return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), now};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
