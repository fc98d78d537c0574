package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A cpu step's calibrated time and the CPU it really took, counted by the thread that computed it. */
@Timeout(30)
class WorkSpeedTest {
    /** Few units a ms: the work is short whatever this machine's speed; the CPU it takes is what counts. */
    private static final long WORK_PER_MS = 2_000;

    @Test
    void aPlatformChefsStepCountsItsCalibratedTimeAndItsThreadsCpu() throws Exception {
        long work = WorkSpeed.workNanos();
        long cpu = WorkSpeed.cpuNanos();
        new CpuWork(WORK_PER_MS, null).run(3_000_000);
        assertThat(WorkSpeed.workNanos() - work).isEqualTo(3_000_000);
        assertThat(WorkSpeed.cpuNanos() - cpu).as("the CPU it took").isPositive();
    }

    @Test
    void aVirtualChefsStepCountsItsCarriersCpu() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux only");
        WorkSpeed.prepareCarrierClock();
        AtomicLong before = new AtomicLong();
        AtomicLong during = new AtomicLong();
        Thread.ofVirtual().start(() -> {
            long carrierCpu = WorkSpeed.threadCpuNanos();
            before.set(carrierCpu);
            Work.run(2_000_000);
            during.set(WorkSpeed.threadCpuNanos() - carrierCpu);
        }).join();
        assertThat(before.get()).as("the JVM keeps no clock for a virtual thread; its carrier has one").isPositive();
        assertThat(during.get()).isPositive();
    }

    @Test
    void aStepWhoseCpuCannotBeToldIsNotCounted() {
        long work = WorkSpeed.workNanos();
        WorkSpeed.add(1_000_000, -1, -1);
        WorkSpeed.add(1_000_000, 5, 5);
        assertThat(WorkSpeed.workNanos()).isEqualTo(work);
    }
}
