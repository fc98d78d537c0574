package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineLoadTest {
    private static final long MS = 1_000_000;

    @TempDir
    Path proc;

    /** A thread's schedstat as Linux writes it: ran and waited in ns, then the timeslices (here always 42: it ran on). */
    private void thread(long pid, long tid, long ranMs, long waitedMs) throws IOException {
        thread(pid, tid, ranMs, waitedMs, 42);
    }

    private void thread(long pid, long tid, long ranMs, long waitedMs, long turns) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(pid + "/task/" + tid));
        Files.writeString(dir.resolve("schedstat"), ranMs * MS + " " + waitedMs * MS + " " + turns + "\n");
    }

    private static List<MachineLoad.Watched> kitchens(long... pids) {
        return java.util.Arrays.stream(pids).mapToObj(MachineLoad.Watched::unbounded).toList();
    }

    /**
     * Two chefs beside two busy loops on 2 cores: over 1 s each ran 500 ms and waited 500 ms, so
     * each had half a core, as if two other threads wanted the cores (2 / 0.5 - 2 of ours).
     */
    @Test
    void theShareIsWhatOurThreadsRanOverWhatTheyRanOrWaited() throws IOException {
        thread(100, 100, 5, 1); // the game
        thread(200, 201, 0, 0);
        thread(200, 202, 0, 0);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(200), 0);
        thread(200, 201, 500, 500);
        thread(200, 202, 500, 500);
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.samples()).isEqualTo(2);
        assertThat(load.threadShare()).isCloseTo(0.5, within(1e-9));
        assertThat(load.othersRunnable()).isCloseTo(2.0, within(1e-9));
    }

    /**
     * Four chefs on 2 cores and nothing else: each had half a core, taken by the other chefs, not by
     * other programs: they got both cores in all.
     */
    @Test
    void moreChefsThanCoresShareThemAmongThemselvesAndCountNoOthers() throws IOException {
        thread(100, 100, 0, 0);
        for (long tid = 201; tid <= 204; tid++) {
            thread(200, tid, 0, 0);
        }
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(200), 0);
        for (long tid = 201; tid <= 204; tid++) {
            thread(200, tid, 500, 500);
        }
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.threadShare()).isCloseTo(0.5, within(1e-9));
        assertThat(load.othersRunnable()).isCloseTo(0, within(1e-9));
    }

    /** A burst of other work between two samples counts where it was, weighted by what our chef ran then. */
    @Test
    void othersAreEstimatedSampleBySampleAndWeightedByWhatOurChefsRan() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(), 0);
        thread(100, 100, 100, 0); // alone on the machine
        load.sample(kitchens(), 100 * MS);
        thread(100, 100, 150, 50); // half a core: 2 / 0.5 = 4 threads wanted the 2 cores, 1 of them ours
        load.sample(kitchens(), 200 * MS);

        assertThat(load.othersRunnable()).isCloseTo((0 * 100 + 3 * 50) / 150.0, within(1e-9));
    }

    /**
     * A hundred chefs whose session Linux gave one of the 2 cores (two busy loops in another
     * session): each had 1/100 of a core, yet one chef per core would have had that same one core,
     * so the others are those that leave 2 chefs 1 core (2 * 2 / (2 + 2)), not 100 of them.
     */
    @Test
    void manyChefsInASessionOfOneCoreCountTheOthersThatLeaveOneChefPerCoreTheSame() throws IOException {
        thread(100, 100, 0, 0);
        for (long tid = 201; tid <= 300; tid++) {
            thread(200, tid, 0, 0);
        }
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(200), 0);
        for (long tid = 201; tid <= 300; tid++) {
            thread(200, tid, 10, 990);
        }
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.threadShare()).isCloseTo(0.01, within(1e-9));
        assertThat(load.othersRunnable()).isCloseTo(2, within(1e-9));
    }

    @Test
    void anIdleMachineGivesEveryThreadAWholeCoreAndNoOthers() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(), 0);
        thread(100, 100, 600, 3);
        load.sample(kitchens(), 600 * MS);

        assertThat(load.threadShare()).isGreaterThan(0.99);
        assertThat(load.othersRunnable()).isZero();
    }

    /** What a thread ran before its first read is not the run's: only differences count. */
    @Test
    void onlyWhatRanBetweenReadsCounts() throws IOException {
        thread(100, 100, 10_000, 10_000);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(), 0);
        thread(100, 100, 10_100, 10_000);
        load.sample(kitchens(), 100 * MS);

        assertThat(load.threadShare()).isEqualTo(1.0);
    }

    /** A heartbeat that wakes for a moment waits its turn out of all proportion: it says nothing of a chef's share. */
    @Test
    void threadsThatRarelyWantACoreDoNotCount() throws IOException {
        thread(100, 100, 0, 0);
        thread(200, 201, 0, 0);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(200), 0);
        thread(100, 100, 900, 100); // a chef
        thread(200, 201, 5, 200); // a heartbeat thread: 20 wake-ups, each waiting behind the busy loops
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.threadShare()).isCloseTo(0.9, within(1e-9));
    }

    /**
     * Measured at load 25: the kitchens' writer and heartbeat threads wake every few ms, and each
     * turn waits behind the other programs; counted like the chefs, they made the share half of what
     * the chefs had. Each thread counts in proportion to what it ran.
     */
    @Test
    void aThreadThatWakesOftenCountsByWhatItRanNotByItsWaits() throws IOException {
        thread(100, 100, 0, 0);
        thread(200, 201, 0, 0);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(200), 0);
        thread(100, 100, 900, 100); // a chef
        thread(200, 201, 20, 600); // a writer woken 200 times, each turn waiting 3 ms (but its turns are not told here)
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.threadShare()).isCloseTo((900 * 0.9 + 20 * (20 / 620.0)) / 920, within(1e-9)).isGreaterThan(0.85);
    }

    /**
     * The same writer with its turns told: 200 turns of 0.1 ms each. It only wakes for a moment, so its
     * waits say nothing of the cores: it neither gives a share nor counts as a thread that wanted a core.
     */
    @Test
    void aThreadThatRunsAMomentATurnOnlyWakesAndCountsByWhatItRan() throws IOException {
        thread(100, 100, 0, 0, 0);
        thread(200, 201, 0, 0, 0);
        thread(200, 202, 0, 0, 0);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(200), 0);
        thread(100, 100, 500, 500, 100); // a chef beside two busy loops: half a core
        thread(200, 201, 20, 900, 200); // a writer
        thread(200, 202, 20, 900, 200); // a heartbeat
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.threadShare()).isCloseTo(0.5, within(1e-9));
        // 1 chef and 0.04 of a core for the wakers wanted the cores: 2 / 0.5 - 1.04 others
        assertThat(load.othersRunnable()).isCloseTo(4 - 1.04, within(1e-9));
    }

    /**
     * Four chefs under a GIL beside two busy loops in another session: the one holding the GIL had
     * two thirds of a core; the three others woke every 5 ms to ask for it and waited behind the loops.
     * Their kitchen computes on one core at most, so it counts as one thread wanting a core, and the
     * others are the two loops (2 / (2/3) - 1), not the 8 that its waking threads made of them.
     */
    @Test
    void aKitchenUnderAGilWantsOneCoreAtMostHoweverManyOfItsThreadsWake() throws IOException {
        thread(100, 100, 0, 0, 0);
        for (long tid = 201; tid <= 204; tid++) {
            thread(200, tid, 0, 0, 0);
        }
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        List<MachineLoad.Watched> gil = List.of(new MachineLoad.Watched(200, true));
        load.sample(gil, 0);
        for (long tid = 201; tid <= 204; tid++) { // each held the GIL a quarter of the time, in 5 ms turns
            thread(200, tid, 167, 333, 34 + 150);
        }
        load.sample(gil, 1_000 * MS);

        assertThat(load.othersRunnable()).isCloseTo(2, within(0.05));
        MachineLoad unbounded = new MachineLoad(proc, () -> 100, 2);
        for (long tid = 201; tid <= 204; tid++) {
            thread(200, tid, 0, 0, 0);
        }
        unbounded.sample(kitchens(200), 0);
        for (long tid = 201; tid <= 204; tid++) {
            thread(200, tid, 167, 333, 34 + 150);
        }
        unbounded.sample(kitchens(200), 1_000 * MS);
        assertThat(unbounded.othersRunnable()).as("without the cap, as before").isGreaterThan(3.5);
    }

    @Test
    void tooLittleRunSaysNothing() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(), 0);
        thread(100, 100, 10, 30);
        load.sample(kitchens(), 100 * MS);

        assertThat(load.threadShare()).isEqualTo(-1);
        assertThat(load.othersRunnable()).isEqualTo(-1);
    }

    @Test
    void aKitchenOfManyThreadsIsReadInTurnsAndEveryThreadCountsOnceItWasReadTwice() throws IOException {
        for (long tid = 0; tid < 1_000; tid++) {
            thread(300, 1_000 + tid, 0, 0);
        }
        thread(100, 100, 0, 0);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        for (int i = 0; i < 10; i++) {
            load.sample(kitchens(300), i * 100 * MS);
        }
        for (long tid = 0; tid < 1_000; tid++) {
            thread(300, 1_000 + tid, 600, 200);
        }
        for (int i = 10; i < 20; i++) {
            load.sample(kitchens(300), i * 100 * MS);
        }

        // 200 threads of each process a sample: each of the 1,000 was read in the first ten samples and again in the next ten
        assertThat(load.threadShare()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void withoutProcNothingIsClaimed() {
        MachineLoad load = new MachineLoad(proc.resolve("missing"), () -> 1, 2);
        load.sample(kitchens(), 0);
        assertThat(load.samples()).isZero();
        assertThat(load.threadShare()).isEqualTo(-1);
        assertThat(load.othersRunnable()).isEqualTo(-1);
    }

    @Test
    void aKitchenThatEndedIsSkipped() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = new MachineLoad(proc, () -> 100, 2);
        load.sample(kitchens(999), 0);
        thread(100, 100, 100, 100);
        load.sample(kitchens(999), 200 * MS);
        assertThat(load.threadShare()).isCloseTo(0.5, within(1e-9));
    }
}
