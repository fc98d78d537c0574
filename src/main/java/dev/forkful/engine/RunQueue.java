package dev.forkful.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * How many threads the whole machine had runnable (running or waiting for a core), counted every
 * {@link #PERIOD_NANOS} by a thread of its own from the fourth field of {@code /proc/loadavg}
 * ({@code runnable/total}, Linux's {@code nr_running} over all cores). Counted at moments that do not
 * follow the kitchens' work, the mean over an interval is the mean number of runnable threads in it:
 * two busy loops count two at every moment, however often our own chefs wake and sleep beside them.
 * The counting thread is running whenever it counts, so every count includes it once.
 */
final class RunQueue implements MachineLoad.Runnables {
    /** Often enough for a run of a fifth of a second to have forty counts; a read costs a few µs. */
    static final long PERIOD_NANOS = 5_000_000;

    private final Path proc;
    private final Thread counter;
    private volatile boolean stopped;
    private volatile long counterTid = -1;
    private long sum;
    private int taken;

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
        while (!stopped) {
            int runnable = runnable(loadavg);
            if (runnable < 0) {
                return; // no /proc here: nothing to count
            }
            synchronized (this) {
                sum += runnable;
                taken++;
            }
            LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    @Override
    public synchronized double takeMean() {
        double mean = taken == 0 ? Double.NaN : sum / (double) taken;
        sum = 0;
        taken = 0;
        return mean;
    }

    /** {@code /proc/loadavg} is "1min 5min 15min runnable/total lastpid"; -1 when it cannot be read. */
    static int runnable(Path loadavg) {
        try {
            String[] fields = Files.readString(loadavg).trim().split("\\s+");
            return Integer.parseInt(fields[3].substring(0, fields[3].indexOf('/')));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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
