package dev.forkful.worker;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;

/**
 * How fast this process's chefs really computed: the calibrated nanoseconds of the cpu work they
 * finished against the CPU time it took their threads, summed over the process (one kitchen per
 * process). Calibration times the work on one core once; a run's work goes slower on a cold JIT,
 * on a core that is slower than the one calibrated (a laptop's efficiency cores, a virtual
 * machine's shared core) or beside a sibling hyperthread, and its CPU time grows with it. Waiting
 * for a core, the GIL or a lock takes no CPU time, so a busy machine does not slow this figure.
 */
final class WorkSpeed {
    private static final LongAdder WORK_NANOS = new LongAdder();
    private static final LongAdder CPU_NANOS = new LongAdder();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path CARRIER_SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    private WorkSpeed() {
    }

    /**
     * The CPU time of the OS thread that runs the caller, or -1 where it cannot be told: a platform
     * thread's own clock; for a virtual thread (whose clock the JVM does not keep) its carrier's, from
     * {@code /proc/thread-self}, which is right only while the virtual thread stays mounted between
     * two readings (it does through computation, which never parks).
     */
    static long threadCpuNanos() {
        if (!Thread.currentThread().isVirtual()) {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        }
        try {
            String s = new String(Files.readAllBytes(CARRIER_SCHEDSTAT), StandardCharsets.US_ASCII);
            int end = s.indexOf(' ');
            return Long.parseLong(end < 0 ? s.strip() : s.substring(0, end));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {@code workNanos} of calibrated work took the CPU time from {@code cpuBefore} to {@code cpuAfter} (-1: unknown). */
    static void add(long workNanos, long cpuBefore, long cpuAfter) {
        if (cpuBefore >= 0 && cpuAfter > cpuBefore) {
            WORK_NANOS.add(workNanos);
            CPU_NANOS.add(cpuAfter - cpuBefore);
        }
    }

    static long workNanos() {
        return WORK_NANOS.sum();
    }

    static long cpuNanos() {
        return CPU_NANOS.sum();
    }
}
