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
 * What the machine gave a run: how many threads of other programs wanted its cores while orders
 * cooked, and what share of a core each of our threads had.
 *
 * <p>Other programs are counted, not inferred: {@link RunQueue} counts the machine's runnable threads
 * every few ms, and Linux counts, per thread, the time it ran and the time it waited on a run queue
 * ({@code /proc/PID/task/TID/schedstat}); between two samples, {@code (ran + waited) / elapsed} summed
 * over our threads (the game's and its kitchens') is how many of ours were runnable on average, and
 * the rest of the machine's runnable threads are other programs'. Both are means over the same
 * interval, so a burst of other work counts as long as it lasted, and how long our own threads wait
 * to be woken (tens to hundreds of µs a turn, even on an idle machine) does not make the machine look
 * busy: a thread waiting for its turn is ours, whatever the reason it waits. Inferring the others from
 * our threads' waits did: a process plan that wakes for every pantry round trip read as 9 to 12 other
 * programs on a machine that had two (delivery-car {@code process:2}), and earned three stars. The
 * count is bounded by what other programs used of the cores ({@link #othersByTheirUse}), because
 * Linux shares the cores among sessions before threads.
 *
 * <p>The share is read from the threads that wanted a core most of the time between two reads,
 * each in proportion to what it ran (the chefs at their chopping): a thread that wakes often for a
 * moment (a heartbeat, a writer; it runs less than {@link #COMPUTING_SLICE_NANOS} a turn, by the third
 * count of {@code schedstat}) says nothing of a chef's share. A kitchen whose chefs share a GIL
 * computes on one core at most, however many of its threads wake to ask for the lock: it counts as
 * the one thread that holds the GIL. Where {@code /proc} is missing nothing is measured and nothing is
 * claimed.
 */
final class MachineLoad implements AutoCloseable {
    /** Task files read per sample at most: a kitchen of 10,000 threads is read in turns. */
    static final int TASKS_PER_SAMPLE = 400;
    /** Under this much CPU of our threads over the run, too little ran to say what the machine gave it. */
    static final long MIN_RAN_NANOS = 50_000_000L;
    /** A thread that ran or waited for a core this part of the time between two reads wanted a core throughout. */
    static final double HUNGRY = 0.5;
    /** A thread that runs at least this long a turn on average computes; one that runs less only wakes for a moment. */
    static final long COMPUTING_SLICE_NANOS = 200_000;
    /** {@code /proc/stat} counts in USER_HZ ticks, 100 a second on Linux. */
    static final long STAT_TICK_NANOS = 10_000_000;
    /** Other programs that used this part of the cores or more took all they wanted: their use says nothing of how many they were. */
    static final double ALL_THE_CORES = 0.95;

    /** The machine's runnable threads, counted between two samples ({@link RunQueue}) until closed. */
    interface Runnables extends AutoCloseable {
        /** The mean count since the last call, the counting thread included; NaN when none was taken. */
        double takeMean();

        /** The counting thread's id: it is counted once in every count, not as one of the run's threads; -1 when unknown. */
        long counterTid();

        /** How late a thread that parked woke, the median since the first {@link #takeMean}; -1 when not measured. */
        long medianWakeDelayNanos();

        @Override
        void close();
    }

    private final Path proc;
    private final LongSupplier gamePid;
    private final int cores;
    private final Runnables runnables;
    /** Each thread's counts when last read and when, by thread id: the next read adds the difference. */
    private final Map<Long, long[]> lastRead = new HashMap<>();
    private final ProcNumbers numbers = new ProcNumbers();
    /**
     * The processes read so far, and whether their last read took every thread: a thread first seen
     * then was born since the last sample (a kitchen rebuilt during the run, a JVM's compiler and
     * collector threads started as it warms up, a pool's new chef), and counts from its start.
     */
    private final Map<Long, Boolean> readWhole = new HashMap<>();
    /** Over the run: what the hungry threads ran, and the same with each interval weighted by its share. */
    private long hungryRan;
    private double sharedNanos;
    /** Over the run: other programs' runnable threads in each sample, weighted by what our threads ran in it; that weight. */
    private double othersWeighted;
    private long oursRan;
    /** This sample's: hungry threads' ran and share-weighted ran; our threads runnable on average, and what all of ours ran. */
    private long sampleHungryRan;
    private double sampleShared;
    private double sampleRunnable;
    private long sampleRan;
    private long lastSampleAt;
    /** The machine's busy ticks at the last sample ({@code /proc/stat}); -1 when not read. */
    private long busyTicks = -1;
    /** Over the run, in ns: the time between samples, the machine's busy time, what our threads ran, and were runnable. */
    private double runElapsed;
    private double runBusy;
    private double runOursRan;
    private double runOursRunnable;
    private int samples;
    private int rotation;

    MachineLoad(Path proc, LongSupplier gamePid, int cores, Runnables runnables) {
        this.proc = proc;
        this.gamePid = gamePid;
        this.cores = Math.max(1, cores);
        this.runnables = runnables;
    }

    /** Counts this machine's runnable threads from now until {@link #close}. */
    static MachineLoad onThisMachine(int cores) {
        Path proc = Path.of("/proc");
        return new MachineLoad(proc, () -> ProcessHandle.current().pid(), cores, RunQueue.start(proc));
    }

    /** A kitchen process to read; under a GIL its chefs compute on one core at most. */
    record Watched(long pid, boolean oneCoreAtMost) {
        static Watched unbounded(long pid) {
            return new Watched(pid, false);
        }
    }

    /**
     * Reads our threads' counts now, with the kitchens' (those starting too: a kitchen rebuilt during
     * the run is ours from its first thread); threads that ended are skipped.
     */
    void sample(List<Watched> kitchens, long now) {
        double machineRunnable = runnables.takeMean();
        long busyNow = busyTicks(proc.resolve("stat"), numbers);
        List<Watched> processes = new ArrayList<>(kitchens.size() + 1);
        processes.add(Watched.unbounded(gamePid.getAsLong()));
        processes.addAll(kitchens);
        int perProcess = Math.max(8, TASKS_PER_SAMPLE / processes.size());
        sampleHungryRan = 0;
        sampleShared = 0;
        sampleRunnable = 0;
        sampleRan = 0;
        boolean readAny = false;
        for (Watched w : processes) {
            readAny |= readThreads(w, perProcess, now);
        }
        if (!readAny) {
            return; // no /proc here: this sample says nothing
        }
        if (samples > 0) {
            hungryRan += sampleHungryRan;
            sharedNanos += sampleShared;
            if (!Double.isNaN(machineRunnable)) {
                // the counting thread is runnable in every count, and not one of the run's threads
                othersWeighted += (machineRunnable - 1 - sampleRunnable) * sampleRan;
                oursRan += sampleRan;
            }
            if (busyNow >= 0 && busyTicks >= 0 && now > lastSampleAt) {
                runElapsed += now - lastSampleAt;
                runBusy += (busyNow - busyTicks) * (double) STAT_TICK_NANOS;
                runOursRan += sampleRan;
                runOursRunnable += sampleRunnable * (now - lastSampleAt);
            }
        }
        busyTicks = busyNow;
        lastSampleAt = now;
        rotation++;
        samples++;
    }

    int samples() {
        return samples;
    }

    /** The share of a core each of our threads had while it wanted one, 0 to 1; -1 when too little ran to say, or nothing was read. */
    double threadShare() {
        return hungryRan < MIN_RAN_NANOS ? -1 : sharedNanos / hungryRan;
    }

    /**
     * Other programs' threads that wanted a core, on average over the samples, each weighted by what
     * our threads ran in it (the moments the cores mattered to the run), and never more than what
     * they used of the cores makes them ({@link #othersByTheirUse}); -1 when not measured.
     */
    double othersRunnable() {
        return oursRan < MIN_RAN_NANOS ? -1 : Math.max(0, Math.min(othersWeighted / oursRan, othersByTheirUse()));
    }

    /**
     * How many threads beside ours, each given as much as one of ours, would have used what other
     * programs used of the cores over the run: Linux first shares the cores among sessions and control
     * groups (autogroups: a terminal's programs, a desktop app) and only then among their threads, so
     * a build of twenty threads in another session takes one session's share, not twenty threads'.
     * With {@code k} of ours runnable on average and other programs using {@code u} of the cores, an
     * equal share a thread gives {@code u = cores * n / (k + n)}, so {@code n = u * k / (cores - u)};
     * where the cores were not all wanted, at least {@code u} (each had all it wanted). Unbounded
     * where {@code /proc/stat} was not read or other programs took all the cores.
     */
    private double othersByTheirUse() {
        if (runElapsed <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double used = Math.max(0, (runBusy - runOursRan) / runElapsed);
        if (used >= ALL_THE_CORES * cores) {
            return Double.POSITIVE_INFINITY;
        }
        double ours = runOursRunnable / runElapsed;
        return Math.max(used, used * ours / (cores - used));
    }

    /** The machine's busy time, in ticks: {@code /proc/stat}'s first line less idle and iowait (user nice system idle iowait irq softirq steal); -1 when not read. */
    static long busyTicks(Path stat, ProcNumbers numbers) {
        if (numbers.read(stat, 9) < 9) {
            return -1;
        }
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += numbers.get(i);
        }
        return busy;
    }

    /** How late a thread that parks for a moment wakes on this machine, the median over the run; -1 when not measured. */
    long wakeDelayNanos() {
        return runnables.medianWakeDelayNanos();
    }

    /** Stops counting the machine's runnable threads. */
    @Override
    public void close() {
        runnables.close();
    }

    /** Reads up to {@code budget} of a process's threads, a rotating part when it has more; false when it has none to read. */
    private boolean readThreads(Watched process, int budget, long now) {
        List<Path> tasks = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(proc.resolve(Long.toString(process.pid())).resolve("task"))) {
            dir.forEach(tasks::add);
        } catch (IOException | RuntimeException e) {
            return false; // the kitchen is gone, or there is no /proc
        }
        int read = Math.min(budget, tasks.size());
        boolean newThreadsAreNew = samples > 0 && readWhole.getOrDefault(process.pid(), true);
        readWhole.put(process.pid(), read == tasks.size());
        int start = tasks.isEmpty() ? 0 : (int) ((long) rotation * read % tasks.size());
        Tally tally = new Tally();
        for (int i = 0; i < read; i++) {
            Path task = tasks.get((start + i) % tasks.size());
            long tid = Long.parseLong(task.getFileName().toString());
            long[] counts = schedstat(task.resolve("schedstat"), now);
            if (counts != null && tid != runnables.counterTid()) {
                if (newThreadsAreNew) {
                    lastRead.putIfAbsent(tid, new long[] {0, 0, lastSampleAt, 0});
                }
                add(tid, counts, tally, !process.oneCoreAtMost());
            }
        }
        // the threads not read this time are runnable, and run, as much as those read, on average
        double scale = read == 0 ? 0 : tasks.size() / (double) read;
        if (process.oneCoreAtMost()) {
            tally.asOneThread();
        }
        sampleRunnable += tally.runnable * scale;
        sampleRan += Math.round(tally.ran * scale);
        return !tasks.isEmpty();
    }

    /** One process's threads read in a sample: how many were runnable on average, what they ran. */
    private final class Tally {
        double runnable;
        double wanting;
        long ran;
        long elapsed;

        /**
         * A kitchen under a GIL as the one thread that holds it: some chef wants the lock all the time
         * there is work, and what they ran in all is what that one thread had of a core.
         */
        void asOneThread() {
            if (elapsed <= 0) {
                return;
            }
            double want = Math.min(1, wanting);
            double had = Math.min(1, ran / (double) elapsed);
            if (ran > 0 && want >= HUNGRY) {
                sampleHungryRan += ran;
                sampleShared += ran * Math.min(1, had / want);
            }
        }
    }

    /**
     * Adds a thread's difference since its last read to {@code tally}: how long it was runnable and
     * ran, and, if it was hungry and {@code alone} (it does not take turns on a GIL), its share. A
     * thread's first read is where it starts being counted; a reused thread id starts again.
     */
    private void add(long tid, long[] counts, Tally tally, boolean alone) {
        long[] before = lastRead.put(tid, counts);
        long elapsed = before == null ? 0 : counts[2] - before[2];
        if (elapsed <= 0 || counts[0] < before[0] || counts[1] < before[1]) {
            return;
        }
        long ran = counts[0] - before[0];
        long waited = counts[1] - before[1];
        long turns = Math.max(1, counts[3] - before[3]); // none when it ran on without a switch
        boolean computes = ran / turns >= COMPUTING_SLICE_NANOS;
        tally.runnable += Math.min(1, (ran + waited) / (double) elapsed);
        tally.wanting += Math.min(1, (computes ? ran + waited : ran) / (double) elapsed);
        tally.ran += ran;
        tally.elapsed = Math.max(tally.elapsed, elapsed);
        if (alone && computes && ran + waited >= HUNGRY * elapsed) {
            sampleHungryRan += ran;
            sampleShared += ran * (ran / (double) (ran + waited));
        }
    }

    /** {@code schedstat} is "ran_ns waited_ns timeslices"; as ran, waited, the time it was read, timeslices; null when the thread ended. */
    private long[] schedstat(Path file, long now) {
        return numbers.read(file, 3) == 3 ? new long[] {numbers.get(0), numbers.get(1), now, numbers.get(2)} : null;
    }
}
