package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RunQueueTest {
    @TempDir
    Path dir;

    @Test
    void theRunnableThreadsAreTheNumeratorOfTheFourthField() throws IOException {
        Path loadavg = Files.writeString(dir.resolve("loadavg"), "3.02 2.84 3.15 7/83 5762\n");
        assertThat(RunQueue.runnable(loadavg, new ProcNumbers())).isEqualTo(7);
    }

    @Test
    void aMissingOrGarbledFileCountsNothing() throws IOException {
        assertThat(RunQueue.runnable(dir.resolve("loadavg"), new ProcNumbers())).isEqualTo(-1);
        assertThat(RunQueue.runnable(Files.writeString(dir.resolve("garbled"), "3.02 2.84\n"), new ProcNumbers())).isEqualTo(-1);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void onLinuxItCountsAtLeastItselfUntilClosed() throws InterruptedException {
        assumeTrue(Files.isReadable(Path.of("/proc/loadavg")), "Linux only");
        RunQueue queue = RunQueue.start(Path.of("/proc"));
        try {
            assertThat(queue.medianWakeDelayNanos()).as("noted from the first take on").isEqualTo(-1);
            double mean;
            while (Double.isNaN(mean = queue.takeMean())) {
                Thread.onSpinWait(); // the counting thread takes its first count at once
            }
            assertThat(mean).as("the counting thread is running as it counts").isGreaterThanOrEqualTo(1);
            while (queue.medianWakeDelayNanos() < 0) {
                Thread.onSpinWait(); // the next park ends within 5 ms and its lateness is noted
            }
            assertThat(queue.medianWakeDelayNanos()).isLessThan(Duration.ofSeconds(1).toNanos());
            assertThat(queue.counterTid()).isPositive().isNotEqualTo(ProcessHandle.current().pid());
        } finally {
            queue.close();
        }
        assertThat(queue.counting()).isFalse();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void withoutProcTheCountingThreadEndsAndCountsNothing() {
        RunQueue queue = RunQueue.start(dir.resolve("missing"));
        queue.close();
        assertThat(queue.takeMean()).isNaN();
        assertThat(queue.counting()).isFalse();
    }
}
