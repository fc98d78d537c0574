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
        // each read of the file costs 3 ms of the thread's CPU: the next one comes 300 ms later
        comesBackAfter(new PssSampler(rollup(ROLLUP), wall::get, () -> cpu.getAndAdd(3 * MS)), 300);
    }

    @Test
    void withoutACpuClockTheWallTimeOfTheReadIsItsCost() throws IOException {
        // the read takes 1 ms of wall time (the clock moves 1 ms at each look): the next one comes 100 ms later
        comesBackAfter(new PssSampler(rollup(ROLLUP), () -> wall.getAndAdd(MS), () -> -1), 100);
    }

    @Test
    void aFreshReadIgnoresTheCost() throws IOException {
        PssSampler pss = new PssSampler(rollup(ROLLUP), wall::get, () -> cpu.getAndAdd(10 * MS));
        pss.sample();
        changePss();

        assertThat(pss.fresh()).isEqualTo(25000L * 1024);
    }

    /** The first sample reads; a changed file is seen only {@code ms} after it, not a millisecond sooner. */
    private void comesBackAfter(PssSampler pss, long ms) throws IOException {
        assertThat(pss.sample()).isEqualTo(23360L * 1024);
        changePss();
        wall.addAndGet((ms - 3) * MS);
        assertThat(pss.sample()).as("before its time the last figure stands").isEqualTo(23360L * 1024);
        wall.addAndGet(3 * MS);
        assertThat(pss.sample()).isEqualTo(25000L * 1024);
    }

    private void changePss() throws IOException {
        Files.writeString(dir.resolve("smaps_rollup"), ROLLUP.replace("23360", "25000"));
    }

    @Test
    void withoutSmapsRollupPssIsNotMeasured() {
        PssSampler pss = new PssSampler(dir.resolve("no-such-file"), wall::get, cpu::get);

        assertThat(pss.sample()).isEqualTo(-1);
        assertThat(pss.fresh()).isEqualTo(-1);
    }

    @Test
    void thisProcessHasAPssBelowItsRss() {
        OsFigures.Sample self = OsFigures.ofThisProcess().fresh();
        long pss = self.pssBytes();
        long rss = self.rssBytes();
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
