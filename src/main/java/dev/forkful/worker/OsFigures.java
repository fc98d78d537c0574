package dev.forkful.worker;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * What a kitchen measures of itself, each figure from where this OS gives it, and -1 (not measured
 * here) where it gives none: never a stand-in under the figure's name (the JVM's heap is not the
 * process's memory).
 * <ul>
 *   <li>resident memory and thread count: {@code /proc/self/status} (Linux); PSS: {@code smaps_rollup};</li>
 *   <li>without {@code /proc} (macOS): memory is not measured, and the threads are the JVM's live threads
 *       ({@code ThreadMXBean}: a real count, though it leaves out the JVM's own collector threads, which
 *       {@code /proc} counts);</li>
 *   <li>CPU time on every OS from the JVM's {@code OperatingSystemMXBean}, which asks the OS
 *       ({@code getrusage}/{@code task_info}); -1 where that JVM cannot tell.</li>
 * </ul>
 * The folder and the JVM's beans are injected, so a test on Linux can play an OS without {@code /proc}.
 */
public final class OsFigures {
    private final Path status;
    private final PssSampler pss;
    private final LongSupplier processCpuNanos;
    private final IntSupplier jvmThreads;

    /** @param procSelf {@code /proc/self}, or a folder that is not there (no {@code /proc}) */
    OsFigures(Path procSelf, PssSampler pss, LongSupplier processCpuNanos, IntSupplier jvmThreads) {
        this.status = procSelf.resolve("status");
        this.pss = pss;
        this.processCpuNanos = processCpuNanos;
        this.jvmThreads = jvmThreads;
    }

    /** This process's figures on the OS it runs on. */
    public static OsFigures ofThisProcess() {
        return of(Path.of("/proc/self"));
    }

    /** This process's figures, reading {@code /proc/self}'s files from {@code procSelf}. */
    public static OsFigures of(Path procSelf) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        LongSupplier cpu = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun::getProcessCpuTime : () -> -1;
        // the thread bean only where /proc does not count the threads: building it costs a kitchen's start
        IntSupplier threads = () -> ManagementFactory.getThreadMXBean().getThreadCount();
        return new OsFigures(procSelf, PssSampler.of(procSelf.resolve("smaps_rollup")), cpu, threads);
    }

    /** One sample: sizes in bytes, CPU in nanoseconds since the JVM started; each -1 where not measured. */
    public record Sample(long rssBytes, long pssBytes, long cpuNanos, int threads) {}

    /** A sample, with PSS read again only when the last read is old enough for its cost (see {@link PssSampler}). */
    public Sample sample() {
        return sample(pss.sample());
    }

    /** A sample with PSS read now, whatever the cost (a kitchen's last sample). */
    public Sample fresh() {
        return sample(pss.fresh());
    }

    /** The process's CPU time so far in nanoseconds, -1 where the JVM cannot tell. */
    public long cpuNanos() {
        long cpu = processCpuNanos.getAsLong();
        return cpu < 0 ? -1 : cpu;
    }

    private Sample sample(long pssBytes) {
        String text = ProcStatus.text(status);
        long rss = ProcStatus.bytes(text, "VmRSS").orElse(-1);
        int threads = (int) ProcStatus.field(text, "Threads").orElse(Math.max(-1, jvmThreads.getAsInt()));
        return new Sample(rss, pssBytes, cpuNanos(), threads);
    }
}
