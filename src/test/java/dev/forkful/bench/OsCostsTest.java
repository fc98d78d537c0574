package dev.forkful.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The figures beside the models: an OS process, a pipe between threads, an asyncio Task, a smaps_rollup. */
class OsCostsTest {
    /** An idle kitchen child's smaps_rollup on this machine. */
    private static final String ROLLUP = """
            5626c68bb000-7ffd53600000 ---p 00000000 00:00 0                          [rollup]
            Rss:               42616 kB
            Pss:               23360 kB
            Pss_Anon:          19860 kB
            Shared_Clean:      22744 kB
            Shared_Dirty:          0 kB
            Private_Clean:        16 kB
            Private_Dirty:     19856 kB
            """;

    @Test
    void aRollupIsReadThreeWaysAndUssIsThePrivatePages() {
        assertThat(Rollup.parse(ROLLUP)).hasValue(new Rollup(42616L * 1024, 23360L * 1024, (16L + 19856) * 1024));
        assertThat(Rollup.parse("Rss: 1 kB\n")).isEmpty();
        assertThat(Rollup.read(Path.of("/proc/no-such-process/smaps_rollup"))).isEmpty();
    }

    @Test
    void aSleepIsIdleOnceItsStateIsS() {
        assertThat(OsProcess.sleeping("4242 (sleep) S 1 4242 4242 0 -1")).isTrue();
        assertThat(OsProcess.sleeping("4242 (sleep) R 1 4242 4242 0 -1")).isFalse();
        assertThat(OsProcess.sleeping("4242 (jspawnhelper) S 1 4242")).as("not exec'd yet").isFalse();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anOsProcessIsStartedAndSeenToExitBothWays() {
        assumeTrue(Files.isExecutable(Path.of(OsProcess.TINY)), "no " + OsProcess.TINY + " here");

        assertThat(OsProcess.builderAndWait(3)).isPositive();
        if (OsProcess.canSpawn()) {
            assertThat(OsProcess.spawnAndWait(3)).isPositive();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anIdleSleepIsSmallAndLeftKilled() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/smaps_rollup")), "no /proc here");
        long before = ProcessHandle.current().children().count();

        Rollup sleep = OsProcess.idleMemory().orElseThrow();

        assertThat(sleep.ussBytes()).isPositive().isLessThanOrEqualTo(sleep.pssBytes());
        assertThat(sleep.pssBytes()).isLessThanOrEqualTo(sleep.rssBytes());
        assertThat(sleep.rssBytes()).as("a sleep is no JVM").isLessThan(20L << 20);
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count()).isLessThanOrEqualTo(before);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void twoThreadsPlayPipePingPong() {
        assertThat(PipePingPong.roundTrips(50)).isPositive();
    }

    @Test
    void anAsyncioReplyIsReadWithItsSpreads() {
        Asyncio a = Asyncio.parse(JsonParser.parseString("""
                {"python": "3.11.7", "create_ns": [1500.5, 1450, 1600, 1400, 1900], "switch_ns": [6000, 5800, 6500, 5500, 7000],
                 "bytes_per_task": 813, "held": 20000}""").getAsJsonObject());

        assertThat(a.measured()).isTrue();
        assertThat(a.python()).isEqualTo("python3 3.11.7");
        assertThat(a.createNs()).isEqualTo(new Spread(1500.5, 1450, 1600, 1400, 1900));
        assertThat(a.switchNs()).isEqualTo(new Spread(6000, 5800, 6500, 5500, 7000));
        assertThat(a.bytesPerTask()).isEqualTo(813);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void asyncioIsMeasuredWherePython3IsOrSaysWhyNot() {
        Asyncio a = Asyncio.measure();

        if (a.measured()) {
            assertThat(a.bytesPerTask()).as("a Task, its coroutine and its frame").isBetween(200L, 10_000L);
            assertThat(a.switchNs().min()).isPositive();
        } else {
            assertThat(a.python()).isNotBlank();
        }
    }
}
