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
 * What the machine gave a run. Linux counts, per thread, the time it ran and the time it waited on
 * a run queue ({@code /proc/PID/task/TID/schedstat}); between two samples, over our threads (the
 * game's and its kitchens'), {@code ran / (ran + waited)} is the share of a core each had, and
 * {@code (ran + waited) / elapsed} how many of ours wanted a core. Linux shares the cores equally
 * among runnable threads, so a share {@code s} means {@code cores / s} of them wanted the cores:
 * what is not ours is other programs'. A plan of more chefs than cores shares the cores among its
 * own threads, which makes its share small and counts no other program; and where Linux shares the
 * cores among sessions first (autogroups), such a plan's many threads only split its session's
 * part: so when as many of ours wanted a core as there are cores, the others are those that would
 * leave one chef per core the cores our threads got in all. Both counts are integrals,
 * so a burst of other work between two samples counts as long as it lasted, which sampling who is
 * runnable now ({@code procs_running}) could not do.
 *
 * <p>The share is read from the threads that wanted a core most of the time between two reads,
 * each in proportion to what it ran (the chefs at their chopping): a thread that wakes often for a
 * moment (a heartbeat, a writer) waits for each turn out of all proportion to its run. Such a thread
 * (it runs less than {@link #COMPUTING_SLICE_NANOS} a turn, by the third count of {@code schedstat})
 * counts among those wanting a core by what it ran alone: its waits are wake-ups, not work that wanted
 * a core. A kitchen whose chefs share a GIL computes on one core at most, however many of its threads
 * wake to ask for the lock: it counts as the one thread that holds the GIL, which wants a core all
 * the time there is work and had what its chefs ran in all. Without that, chefs
 * under a GIL, each waking every 5 ms to ask for it, counted as two or three threads wanting the
 * cores, and on a loaded machine their wake-up delays read as 8 to 16 other programs (gil-bakery
 * {@code thread:4} at load 3.5: a wrong plan earned three stars). Where {@code /proc} is missing
 * nothing is measured and nothing is claimed.
 */
final class MachineLoad {
    /** Task files read per sample at most: a kitchen of 10,000 threads is read in turns. */
    static final int TASKS_PER_SAMPLE = 400;
    /** Under this much CPU of our hungry threads over the run, too little ran to say what share it had. */
    static final long MIN_RAN_NANOS = 50_000_000L;
    /** A thread that ran or waited for a core this part of the time between two reads wanted a core throughout. */
    static final double HUNGRY = 0.5;
    /** At or above this share our threads hardly waited: no other program took anything from them. */
    static final double WHOLE = 0.95;
    /** A thread that runs at least this long a turn on average computes; one that runs less only wakes for a moment. */
    static final long COMPUTING_SLICE_NANOS = 200_000;

    private final Path proc;
    private final LongSupplier gamePid;
    private final int cores;
    /** Each thread's counts when last read and when, by thread id: the next read adds the difference. */
    private final Map<Long, long[]> lastRead = new HashMap<>();
    /** Over the run: what the hungry threads ran, and the same with each interval weighted by its share. */
    private long ranNanos;
    private double sharedNanos;
    /** Over the run: other programs' threads estimated in each sample, weighted by what our hungry threads ran in it. */
    private double othersWeighted;
    /** This sample's: hungry threads' ran and share-weighted ran; our threads wanting a core and the cores the hungry ones got (rates). */
    private long sampleRan;
    private double sampleShared;
    private double sampleWanting;
    private double sampleGot;
    private int samples;
    private int rotation;

    MachineLoad(Path proc, LongSupplier gamePid, int cores) {
        this.proc = proc;
        this.gamePid = gamePid;
        this.cores = Math.max(1, cores);
    }

    static MachineLoad onThisMachine(int cores) {
        return new MachineLoad(Path.of("/proc"), () -> ProcessHandle.current().pid(), cores);
    }

    /** A kitchen process to read; under a GIL its chefs compute on one core at most. */
    record Watched(long pid, boolean oneCoreAtMost) {
        static Watched unbounded(long pid) {
            return new Watched(pid, false);
        }
    }

    /** Reads our threads' counts now, with the kitchens'; threads that ended are skipped. */
    void sample(List<Watched> kitchens, long now) {
        List<Watched> processes = new ArrayList<>(kitchens.size() + 1);
        processes.add(Watched.unbounded(gamePid.getAsLong()));
        processes.addAll(kitchens);
        int perProcess = Math.max(8, TASKS_PER_SAMPLE / processes.size());
        sampleRan = 0;
        sampleShared = 0;
        sampleWanting = 0;
        sampleGot = 0;
        boolean readAny = false;
        for (Watched w : processes) {
            readAny |= readThreads(w, perProcess, now);
        }
        if (!readAny) {
            return; // no /proc here: this sample says nothing
        }
        rotation++;
        samples++;
        if (sampleRan > 0) {
            othersWeighted += others(sampleShared / sampleRan) * sampleRan;
            ranNanos += sampleRan;
            sharedNanos += sampleShared;
        }
    }

    /**
     * Other programs' threads in this sample: none when our threads hardly waited; with fewer of ours
     * than cores wanting one, those that make {@code cores / share} in all; with as many as the cores
     * or more, those beside which one chef per core would have got the cores ours got in all
     * ({@code cores * cores / (cores + others)}), whichever way Linux grouped the threads.
     */
    private double others(double share) {
        if (share >= WHOLE) {
            return 0;
        }
        if (sampleWanting < cores) {
            return Math.max(0, cores / share - sampleWanting);
        }
        double got = Math.min(cores, sampleGot);
        return got <= 0 ? 0 : Math.max(0, (double) cores * cores / got - cores);
    }

    int samples() {
        return samples;
    }

    /** The share of a core each of our threads had while it wanted one, 0 to 1; -1 when too little ran to say, or nothing was read. */
    double threadShare() {
        return ranNanos < MIN_RAN_NANOS ? -1 : sharedNanos / ranNanos;
    }

    /**
     * Other programs' threads that wanted a core, on average over the samples, each weighted by what
     * our computing threads ran in it (the moments the cores mattered to the run); -1 when not measured.
     */
    double othersRunnable() {
        return ranNanos < MIN_RAN_NANOS ? -1 : othersWeighted / ranNanos;
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
        int start = tasks.isEmpty() ? 0 : (int) ((long) rotation * read % tasks.size());
        Tally tally = new Tally();
        for (int i = 0; i < read; i++) {
            Path task = tasks.get((start + i) % tasks.size());
            long[] counts = schedstat(task.resolve("schedstat"), now);
            if (counts != null) {
                add(Long.parseLong(task.getFileName().toString()), counts, tally, !process.oneCoreAtMost());
            }
        }
        // the threads not read this time want a core, and get one, as often as those read, on average
        double scale = read == 0 ? 0 : tasks.size() / (double) read;
        if (process.oneCoreAtMost()) {
            tally.asOneThread();
        }
        sampleWanting += tally.wanting * scale;
        sampleGot += tally.got * scale;
        return !tasks.isEmpty();
    }

    /** One process's threads read in a sample: the cores they wanted and got, what they ran. */
    private final class Tally {
        double wanting;
        double got;
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
            wanting = want;
            got = 0;
            if (ran > 0 && want >= HUNGRY) {
                double share = Math.min(1, had / want);
                sampleRan += ran;
                sampleShared += ran * share;
                got = had;
            }
        }
    }

    /**
     * Adds a thread's difference since its last read to {@code tally}: the cores it wanted, what it ran,
     * and, if it was hungry and {@code alone} (it does not take turns on a GIL), its share and the
     * cores it got. A thread's first read is where it starts being counted; a reused thread id starts again.
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
        tally.wanting += Math.min(1, (computes ? ran + waited : ran) / (double) elapsed);
        tally.ran += ran;
        tally.elapsed = Math.max(tally.elapsed, elapsed);
        if (alone && computes && ran + waited >= HUNGRY * elapsed) {
            sampleRan += ran;
            sampleShared += ran * (ran / (double) (ran + waited));
            tally.got += Math.min(1, ran / (double) elapsed);
        }
    }

    /** {@code schedstat} is "ran_ns waited_ns timeslices"; as ran, waited, the time it was read, timeslices; null when the thread ended. */
    private static long[] schedstat(Path file, long now) {
        try {
            String[] f = Files.readString(file).trim().split("\\s+");
            return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), now, Long.parseLong(f[2])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
