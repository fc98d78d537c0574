package dev.forkful.worker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * This process's proportional set size (PSS), the {@code Pss:} line of {@code /proc/self/smaps_rollup}:
 * its private pages plus an equal share of each page it shares with other processes (the JVM's code,
 * the AOT archive). The kitchens' PSS add up to what they hold together; their RSS count each shared
 * page once per process.
 *
 * <p>Reading it makes the kernel walk the whole page table: measured on this 2-core machine (the
 * reading thread's CPU time, medians of 100 reads, load 23) 2.3 ms for an idle JVM, 5.8 ms with 2,000
 * threads, 14 ms with 500 MB of heap, where {@code /proc/self/status} takes 0.05-0.1 ms. Stats go
 * out every 80 ms, so PSS is read again only once {@link #COST_SHARE} times the last read's own CPU
 * time has passed (at most 1% of a core: every 0.2 to 1.4 s in those cases); in between the last
 * reading stands.
 */
public final class PssSampler {
    /** A read may take at most 1/this of the time from it to the next read. */
    static final long COST_SHARE = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Path file;
    private final LongSupplier wallNanos;
    private final LongSupplier threadCpuNanos;
    private long pssBytes = -1;
    private long nextReadAt;
    private boolean readable = true;

    PssSampler(Path file, LongSupplier wallNanos, LongSupplier threadCpuNanos) {
        this.file = file;
        this.wallNanos = wallNanos;
        this.threadCpuNanos = threadCpuNanos;
    }

    /** Reads this process's own PSS from {@code smapsRollup}, timing each read on the calling thread's CPU clock. */
    static PssSampler of(Path smapsRollup) {
        return new PssSampler(smapsRollup, System::nanoTime, THREADS::getCurrentThreadCpuTime);
    }

    /** PSS in bytes, read again when the last read is old enough for its cost; -1 where there is no {@code smaps_rollup}. */
    synchronized long sample() {
        return readable && (pssBytes < 0 || wallNanos.getAsLong() - nextReadAt >= 0) ? read() : pssBytes;
    }

    /** PSS in bytes read now, whatever the cost (the last sample of a kitchen); -1 where it cannot be read. */
    synchronized long fresh() {
        return readable ? read() : pssBytes;
    }

    private long read() {
        long wallBefore = wallNanos.getAsLong();
        long cpuBefore = threadCpuNanos.getAsLong();
        String text = ProcStatus.text(file);
        long wallAfter = wallNanos.getAsLong();
        // the thread's CPU time is what the read cost the machine; its wall time where there is no such clock (-1)
        long cost = cpuBefore < 0 ? wallAfter - wallBefore : threadCpuNanos.getAsLong() - cpuBefore;
        nextReadAt = wallAfter + Math.max(0, cost) * COST_SHARE;
        pssBytes = ProcStatus.bytes(text, "Pss").orElse(-1);
        // no file (not Linux, or a kernel before 4.14): there is nothing to come back for
        readable = pssBytes >= 0;
        return pssBytes;
    }
}
