package dev.forkful.worker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How the heartbeat monitor tells how much CPU a chef has had: the one instrument by which the
 * supervisor tells a stuck chef (it had the CPU and made no progress) from a slowed one (it waited
 * for a core, a lock, a carrier, or its JVM's garbage collector). Only the monitor thread calls it.
 */
abstract class ChefCpu {
    /** A step younger than this is not measured: no watchdog rule looks at it. */
    static final long MEASURE_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** Called once per heartbeat, before the chefs are measured. */
    void tick(long now) {
    }

    /** The CPU time the slot's thread has had so far by this meter's count, or -1 when it cannot be told. */
    abstract long total(ChefSlot slot, long now);

    /** Platform-thread chefs (thread and process kitchens, the event loop): the thread's own CPU clock. */
    static ChefCpu platformThreads() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
            return none();
        }
        return new ChefCpu() {
            @Override
            long total(ChefSlot slot, long now) {
                Thread t = slot.thread();
                return t == null ? -1 : threads.getThreadCpuTime(t.threadId());
            }
        };
    }

    /** Nothing can be measured: no chef is ever judged by CPU. */
    static ChefCpu none() {
        return new ChefCpu() {
            @Override
            long total(ChefSlot slot, long now) {
                return -1;
            }
        };
    }

    /**
     * Virtual-thread chefs have no CPU clock of their own (the JVM gives -1), but one that runs
     * holds a carrier: a chef counts the CPU its kitchen's carriers had, per carrier, over each
     * heartbeat it was found mounted and running (not parked, not waiting for a carrier, not asleep
     * in a native call) at both ends of.
     */
    static ChefCpu virtualThreads() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled() ? new CarrierShare(threads) : none();
    }

    /** The estimate for virtual threads: carriers' CPU shared among the chefs found running. */
    private static final class CarrierShare extends ChefCpu {
        private static final long CARRIERS_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
        private final ThreadMXBean threads;
        private List<Thread> carriers = List.of();
        private long carriersAt;
        private long carrierCpu;
        private long tickAt;
        /** CPU a running chef had per nanosecond of the last heartbeat interval: 1 on an idle machine. */
        private double rate;
        private Map<ChefSlot, long[]> estimates = new HashMap<>();
        private Map<ChefSlot, long[]> touched = new HashMap<>();

        CarrierShare(ThreadMXBean threads) {
            this.threads = threads;
        }

        @Override
        void tick(long now) {
            if (carriers.isEmpty() || now - carriersAt > CARRIERS_REFRESH_NANOS) {
                carriers = Carriers.find();
                carriersAt = now;
            }
            long cpu = 0;
            for (Thread c : carriers) {
                cpu += Math.max(0, threads.getThreadCpuTime(c.threadId()));
            }
            long wall = now - tickAt;
            rate = tickAt == 0 || wall <= 0 || carriers.isEmpty() ? 0
                    : Math.min(1.0, Math.max(0, cpu - carrierCpu) / (double) (wall * carriers.size()));
            carrierCpu = cpu;
            tickAt = now;
            // chefs not measured in the last heartbeat have moved on: forget them
            estimates = touched;
            touched = new HashMap<>();
        }

        /** {@code [cpu estimate, wall time of the last look, 1 when it was running then]}. */
        @Override
        long total(ChefSlot slot, long now) {
            Thread t = slot.thread();
            if (t == null) {
                return -1;
            }
            long[] e = estimates.getOrDefault(slot, new long[] {0, now, 0});
            boolean running = Carriers.running(t);
            if (running && e[2] == 1) {
                e[0] += Math.round((now - e[1]) * rate);
            }
            e[1] = now;
            e[2] = running ? 1 : 0;
            touched.put(slot, e);
            return e[0];
        }
    }
}
