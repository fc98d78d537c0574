package dev.forkful.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * How many threads the whole machine had runnable (running or waiting for a core), counted every
 * {@link #PERIOD_NANOS} by a thread of its own from the fourth field of {@code /proc/loadavg}
 * ({@code runnable/total}, Linux's {@code nr_running} over all cores). Counted at moments that do not
 * follow the kitchens' work, the mean over an interval is the mean number of runnable threads in it:
 * two busy loops count two at every moment, however often our own chefs wake and sleep beside them.
 * The counting thread is running whenever it counts, so every count includes it once.
 *
 * <p>Each time it wakes, the counting thread also notes how late it woke: a thread that parks for a
 * moment (a chef pausing in the fridge) is woken by a timer that Linux lets run late by its slack
 * (50 µs by default) and then waits to be run, tens of µs on an idle machine, more beside busy
 * programs. The median over the run is what a pause really costs on this machine now.
 */
final class RunQueue implements MachineLoad.Runnables {
    /** The mean pause between two counts: a run of a fifth of a second has forty counts; a read costs a few µs. */
    static final long PERIOD_NANOS = 5_000_000;
    /** The shortest pause between two counts: a count costs a few µs, and a pause shorter than the timer's slack says nothing. */
    static final long MIN_PAUSE_NANOS = 200_000;
    /** Wake-ups noted at most: 80 s of a run. */
    static final int MAX_WAKES = 16_384;

    private final Path proc;
    private final Thread counter;
    /** Seeded: the moments of the counts are the same from run to run, as far as the timers keep them. */
    private final SplittableRandom random = new SplittableRandom(0x5EED);
    private volatile boolean stopped;
    private volatile long counterTid = -1;
    private long sum;
    private int taken;
    /** How late each park ended, from the first {@link #takeMean} (the run's start) on; at most {@link #MAX_WAKES}. */
    private final long[] wakeDelays = new long[MAX_WAKES];
    private int wakes;
    private boolean running;

    private RunQueue(Path proc) {
        this.proc = proc;
        this.counter = Thread.ofPlatform().daemon().name("forkful-run-queue").unstarted(this::count);
    }

    /** Starts counting on the machine whose {@code /proc} is {@code proc}. */
    static RunQueue start(Path proc) {
        RunQueue queue = new RunQueue(proc);
        queue.counter.start();
        return queue;
    }

    private void count() {
        counterTid = ownTid();
        Path loadavg = proc.resolve("loadavg");
        ProcNumbers reader = new ProcNumbers();
        while (!stopped) {
            int runnable = runnable(loadavg, reader);
            if (runnable < 0) {
                return; // no /proc here: nothing to count
            }
            synchronized (this) {
                sum += runnable;
                taken++;
            }
            long pause = nextPause();
            long parked = System.nanoTime();
            LockSupport.parkNanos(pause);
            long late = System.nanoTime() - parked - pause;
            synchronized (this) {
                if (running && !stopped && late >= 0 && wakes < MAX_WAKES) {
                    wakeDelays[wakes++] = late;
                }
            }
        }
    }

    /**
     * Random pauses, exponential with a mean of {@link #PERIOD_NANOS} (a Poisson process): counts at
     * such moments see the time average (PASTA), whatever period the kitchens' own timers keep. At a
     * fixed 5 ms the counts fell in step with our threads' timers (ticks of 20 and 100 ms, which
     * Linux's timer slack lets expire together) and saw more of ours runnable than ran on average.
     */
    private long nextPause() {
        double exponential = -Math.log(1 - random.nextDouble());
        return Math.clamp(Math.round(exponential * PERIOD_NANOS), MIN_PAUSE_NANOS, 8 * PERIOD_NANOS);
    }

    @Override
    public synchronized double takeMean() {
        double mean = taken == 0 ? Double.NaN : sum / (double) taken;
        sum = 0;
        taken = 0;
        running = true;
        return mean;
    }

    @Override
    public synchronized long medianWakeDelayNanos() {
        if (wakes == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(wakeDelays, wakes);
        Arrays.sort(sorted);
        return sorted[wakes / 2];
    }

    /** {@code /proc/loadavg} is "1min 5min 15min runnable/total lastpid"; -1 when it cannot be read. */
    static int runnable(Path loadavg, ProcNumbers reader) {
        return reader.read(loadavg, 5) == 5 ? (int) reader.get(3) : -1;
    }

    @Override
    public long counterTid() {
        return counterTid;
    }

    /** {@code /proc/thread-self} links to {@code PID/task/TID}. */
    private long ownTid() {
        try {
            return Long.parseLong(Files.readSymbolicLink(proc.resolve("thread-self")).getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Stops counting, and waits for the counting thread to end. */
    @Override
    public void close() {
        stopped = true;
        LockSupport.unpark(counter);
        try {
            counter.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean counting() {
        return counter.isAlive();
    }
}
