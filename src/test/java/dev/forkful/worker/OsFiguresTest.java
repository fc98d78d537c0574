package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each figure from where the OS gives it, and -1 (not measured here) where it gives none: never a stand-in. */
class OsFiguresTest {
    @TempDir
    Path dir;

    /** An OS without {@code /proc} (macOS): the folder is not there. */
    private OsFigures withoutProc(long cpu, int jvmThreads) {
        Path proc = dir.resolve("no-proc");
        return new OsFigures(proc, PssSampler.of(proc.resolve("smaps_rollup")), () -> cpu, () -> jvmThreads);
    }

    @Test
    void withoutProcMemoryIsNotMeasuredAndThreadsAndCpuComeFromTheJvm() {
        OsFigures.Sample s = withoutProc(123_000_000L, 17).sample();
        assertThat(s.rssBytes()).as("the JVM's heap is not the process's memory").isEqualTo(-1);
        assertThat(s.pssBytes()).isEqualTo(-1);
        assertThat(s.threads()).isEqualTo(17);
        assertThat(s.cpuNanos()).isEqualTo(123_000_000L);
        assertThat(withoutProc(5, 17).fresh().pssBytes()).isEqualTo(-1);
    }

    @Test
    void aFigureTheJvmCannotTellIsNotMeasuredEither() {
        OsFigures.Sample s = withoutProc(-1, -1).sample();
        assertThat(s.cpuNanos()).isEqualTo(-1);
        assertThat(s.threads()).isEqualTo(-1);
    }

    @Test
    void onLinuxTheKernelCountsEveryThreadAndTheResidentMemory() {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "Linux's /proc");
        OsFigures.Sample s = OsFigures.ofThisProcess().fresh();
        assertThat(s.rssBytes()).isPositive();
        assertThat(s.pssBytes()).isPositive();
        assertThat(s.cpuNanos()).isPositive();
        // the kernel also counts the JVM's collector threads, which the JVM's own count leaves out
        assertThat(s.threads()).isGreaterThanOrEqualTo(ManagementFactory.getThreadMXBean().getThreadCount());
    }

    @Test
    void withoutProcTheRealJvmBeansStillGiveThreadsAndCpu() {
        OsFigures.Sample s = OsFigures.of(dir.resolve("no-proc")).sample();
        assertThat(s.rssBytes()).isEqualTo(-1);
        assertThat(s.threads()).isPositive();
        assertThat(s.cpuNanos()).isPositive();
    }
}
