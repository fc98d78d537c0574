package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CalibrationTest {

    @Test
    void measuresAPositiveRateAndACpuStepRunsThatMuchWork() throws Exception {
        long perMs = Calibration.measureWorkPerMs();
        assertThat(perMs).isPositive();
        long cpuBefore = cpuNanos();
        new CpuWork(perMs, null).run(TimeUnit.MILLISECONDS.toNanos(50));
        // a 50 ms step is real computation: this thread's own cpu clock moved (bounds loose: shared machine)
        assertThat(cpuNanos() - cpuBefore).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(5));
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
