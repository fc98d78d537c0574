package dev.forkful.worker;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    /** Linux's {@code CLOCK_THREAD_CPUTIME_ID}: the CPU clock of the OS thread that makes the call. */
    private static final int CLOCK_THREAD_CPUTIME_ID = 3;
    /** libc's {@code clock_gettime}, linked by {@link #prepareCarrierClock}; null until then or where it cannot be. */
    private static volatile MethodHandle clockGettime;

    private WorkSpeed() {
    }

    /**
     * Links the carrier's CPU clock for virtual-thread chefs (a first native link takes a few hundred
     * ms: the warm-up thread does it, and until then their steps are not counted). Linux only.
     */
    static void prepareCarrierClock() {
        if (clockGettime != null || !System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle h = linker.downcallHandle(linker.defaultLookup().find("clock_gettime").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
            if (carrierCpuNanos(h) >= 0) {
                clockGettime = h;
            }
        } catch (RuntimeException | LinkageError e) {
            // no carrier clock: virtual chefs' steps go uncounted
        }
    }

    /**
     * The CPU time of the OS thread that runs the caller, or -1 where it cannot be told: a platform
     * thread's own clock; for a virtual thread (whose clock the JVM does not keep) its carrier's,
     * read by a native call (which keeps the virtual thread on its carrier while it runs), right only
     * while the virtual thread stays mounted between two readings: it does through computation, which
     * never parks.
     */
    static long threadCpuNanos() {
        if (!Thread.currentThread().isVirtual()) {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        }
        MethodHandle h = clockGettime;
        return h == null ? -1 : carrierCpuNanos(h);
    }

    private static long carrierCpuNanos(MethodHandle clockGettime) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment timespec = arena.allocate(2 * Long.BYTES, Long.BYTES);
            int failed = (int) clockGettime.invokeExact(CLOCK_THREAD_CPUTIME_ID, timespec);
            return failed != 0 ? -1
                    : timespec.get(ValueLayout.JAVA_LONG, 0) * 1_000_000_000L + timespec.get(ValueLayout.JAVA_LONG, Long.BYTES);
        } catch (Throwable e) {
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
