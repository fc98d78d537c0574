package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcStatusTest {
    private static final String STATUS = "Name:\tjava\nVmPeak:\t 4000 kB\nVmRSS:\t   61234 kB\nThreads:\t21\n";

    @Test
    void sizesAreReadInBytesAndCountsAsTheyAre() {
        assertThat(ProcStatus.bytes(STATUS, "VmRSS")).hasValue(61234L * 1024);
        assertThat(ProcStatus.bytes(STATUS, "VmPeak")).hasValue(4000L * 1024);
        assertThat(ProcStatus.bytes(STATUS, "KernelStack")).isEmpty();
        assertThat(ProcStatus.bytes("KernelStack:    16384 kB\n", "KernelStack")).hasValue(16384L * 1024);
        assertThat(ProcStatus.field(STATUS, "Threads")).hasValue(21);
        assertThat(ProcStatus.field(STATUS, "VmRSS")).as("a size is not a count").isEmpty();
    }

    @Test
    void aMissingFileIsNoFigure() {
        assertThat(ProcStatus.bytes(Path.of("/proc/no-such-process/status"), "VmRSS")).isEmpty();
    }
}
