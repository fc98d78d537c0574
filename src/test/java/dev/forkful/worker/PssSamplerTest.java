package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PssSamplerTest {
    /** An idle kitchen child's smaps_rollup on this machine: 42.6 MB resident, 23.4 MB its proportional share. */
    static final String ROLLUP = """
            5626c68bb000-7ffd53600000 ---p 00000000 00:00 0                          [rollup]
            Rss:               42616 kB
            Pss:               23360 kB
            Pss_Dirty:         19856 kB
            Pss_Anon:          19860 kB
            Pss_File:           3500 kB
            Pss_Shmem:             0 kB
            Shared_Clean:      22744 kB
            Shared_Dirty:          0 kB
            Private_Clean:        16 kB
            Private_Dirty:     19856 kB
            Swap:                  0 kB
            SwapPss:               0 kB
            """;
    private static final long MS = 1_000_000;

    @TempDir
    Path dir;
    private final AtomicLong wall = new AtomicLong(-5_000 * MS);
    private final AtomicLong cpu = new AtomicLong();

    @Test
    void thePssLineIsReadNotItsNeighbours() {
        assertThat(ProcStatus.bytes(ROLLUP, "Pss")).hasValue(23360L * 1024);
        assertThat(ProcStatus.bytes(ROLLUP, "Rss")).hasValue(42616L * 1024);
        assertThat(ProcStatus.bytes(ROLLUP, "Pss_Anon")).hasValue(19860L * 1024);
    }

    @Test
    void aReadComesBackOnlyAfterAHundredTimesItsOwnCpuCost() throws IOException {
        Path file = rollup(ROLLUP);
        // each read of the file costs 3 ms of the thread's CPU
        PssSampler pss = new PssSampler(file, wall::get, () -> cpu.getAndAdd(3 * MS));

        assertThat(pss.sample()).isEqualTo(23360L * 1024);
        Files.writeString(file, ROLLUP.replace("23360", "30000"));
        wall.addAndGet(299 * MS);
        assertThat(pss.sample()).as("299 ms after a 3 ms read: the last figure stands").isEqualTo(23360L * 1024);
        wall.addAndGet(1 * MS);
        assertThat(pss.sample()).isEqualTo(30000L * 1024);
    }

    @Test
    void aFreshReadIgnoresTheCost() throws IOException {
        Path file = rollup(ROLLUP);
        PssSampler pss = new PssSampler(file, wall::get, () -> cpu.getAndAdd(10 * MS));
        pss.sample();
        Files.writeString(file, ROLLUP.replace("23360", "25000"));

        assertThat(pss.fresh()).isEqualTo(25000L * 1024);
    }

    @Test
    void withoutACpuClockTheWallTimeOfTheReadIsItsCost() throws IOException {
        Path file = rollup(ROLLUP);
        PssSampler pss = new PssSampler(file, () -> wall.getAndAdd(MS), () -> -1);

        pss.sample();
        Files.writeString(file, ROLLUP.replace("23360", "25000"));
        wall.addAndGet(90 * MS);
        assertThat(pss.sample()).as("a 1 ms read waits 100 ms").isEqualTo(23360L * 1024);
        wall.addAndGet(10 * MS);
        assertThat(pss.sample()).isEqualTo(25000L * 1024);
    }

    @Test
    void withoutSmapsRollupPssIsNotMeasured() {
        PssSampler pss = new PssSampler(dir.resolve("no-such-file"), wall::get, cpu::get);

        assertThat(pss.sample()).isEqualTo(-1);
        assertThat(pss.fresh()).isEqualTo(-1);
    }

    @Test
    void thisProcessHasAPssBelowItsRss() {
        long pss = PssSampler.ofThisProcess().fresh();
        long rss = ProcStatus.read().rssBytes();
        if (Files.exists(Path.of("/proc/self/smaps_rollup"))) {
            assertThat(pss).isPositive().isLessThanOrEqualTo(rss + (1 << 20));
        } else {
            assertThat(pss).isEqualTo(-1);
        }
    }

    private Path rollup(String text) throws IOException {
        return Files.writeString(dir.resolve("smaps_rollup"), text);
    }
}
