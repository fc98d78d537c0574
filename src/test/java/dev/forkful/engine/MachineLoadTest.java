package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
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

    /** The machine's runnable threads as {@link RunQueue} would count them: one mean per sample, in order. */
    private static final class Counted implements MachineLoad.Runnables {
        private final Deque<Double> means = new ArrayDeque<>();
        private final long counterTid;

        Counted(long counterTid, double... means) {
            this.counterTid = counterTid;
            for (double m : means) {
                this.means.add(m);
            }
        }

        @Override
        public double takeMean() {
            return means.isEmpty() ? Double.NaN : means.poll();
        }

        @Override
        public long counterTid() {
            return counterTid;
        }

        @Override
        public long medianWakeDelayNanos() {
            return -1;
        }

        @Override
        public void close() {
        }
    }

    /** Loads that count {@code means} runnable threads on the machine, the counting thread (tid 1) among them. */
    private MachineLoad load(double... means) {
        return new MachineLoad(proc, () -> 100, 2, new Counted(1, means));
    }

    private static List<MachineLoad.Watched> kitchens(long... pids) {
        return java.util.Arrays.stream(pids).mapToObj(MachineLoad.Watched::unbounded).toList();
    }

    /**
     * Two chefs beside two busy loops on 2 cores: over 1 s each ran 500 ms and waited 500 ms, so
     * each had half a core; the machine counted 5 runnable threads (the loops, the chefs and the
     * counting thread): 2 were other programs'.
     */
    @Test
    void othersAreTheMachinesRunnableThreadsThatAreNotOurs() throws IOException {
        thread(100, 100, 5, 1); // the game
        thread(200, 201, 0, 0);
        thread(200, 202, 0, 0);
        MachineLoad load = load(0, 5);
        load.sample(kitchens(200), 0);
        thread(100, 100, 5, 1);
        thread(200, 201, 500, 500);
        thread(200, 202, 500, 500);
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.samples()).isEqualTo(2);
        assertThat(load.threadShare()).isCloseTo(0.5, within(1e-9));
        assertThat(load.othersRunnable()).isCloseTo(2.0, within(1e-9));
    }

    /**
     * Two process chefs that drive to the pantry 1,200 times, on an idle machine: each turn they wait
     * to be woken, 300 ms in all, beside 200 ms of rolling; that wait is theirs. Read from their share
     * (0.4 of a core) it made 9 to 12 other programs of none (delivery-car {@code process:2}).
     */
    @Test
    void ourThreadsWaitingToBeWokenAreNotOtherPrograms() throws IOException {
        thread(100, 100, 0, 0, 0); // the game's pantry
        thread(200, 201, 0, 0, 0);
        thread(300, 301, 0, 0, 0);
        MachineLoad load = load(0, 1 + 0.3 + 0.5 + 0.5);
        load.sample(kitchens(200, 300), 0);
        thread(100, 100, 100, 200, 1_200);
        thread(200, 201, 200, 300, 600);
        thread(300, 301, 200, 300, 600);
        load.sample(kitchens(200, 300), 1_000 * MS);

        assertThat(load.threadShare()).isCloseTo(0.4, within(1e-9));
        assertThat(load.othersRunnable()).isCloseTo(0, within(1e-9));
    }

    /** Four chefs on 2 cores and nothing else: each had half a core, taken by the other chefs, not by other programs. */
    @Test
    void moreChefsThanCoresShareThemAmongThemselvesAndCountNoOthers() throws IOException {
        thread(100, 100, 0, 0);
        for (long tid = 201; tid <= 204; tid++) {
            thread(200, tid, 0, 0);
        }
        MachineLoad load = load(0, 5);
        load.sample(kitchens(200), 0);
        for (long tid = 201; tid <= 204; tid++) {
            thread(200, tid, 500, 500);
        }
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.threadShare()).isCloseTo(0.5, within(1e-9));
        assertThat(load.othersRunnable()).isCloseTo(0, within(1e-9));
    }

    /** The machine's busy time as {@code /proc/stat} writes it: ticks of 10 ms (user nice system idle iowait irq softirq steal guest guest_nice). */
    private void busy(long userMs, long idleMs) throws IOException {
        Files.writeString(proc.resolve("stat"), "cpu  " + userMs / 10 + " 0 0 " + idleMs / 10 + " 0 0 0 0 0 0\ncpu0 0 0 0 0 0 0 0 0 0 0\n");
    }

    /**
     * A build in another session: twenty of its threads runnable, but Linux gave its session one of
     * the 2 cores and our session the other; our two chefs had half a core each. Counted, the others
     * are twenty; what they used makes them the two threads that would have taken that core from two
     * of ours (1 = 2 * n / (2 + n)).
     */
    @Test
    void aBuildInAnotherSessionCountsAsTheThreadsThatWouldHaveUsedWhatItUsed() throws IOException {
        assertThat(othersBesideTwoChefsThatHadOneCore(20)).isCloseTo(2, within(1e-9));
    }

    /** Two busy loops in our session: counted two, and what they used (one core beside our two chefs) makes two. */
    @Test
    void busyLoopsBesideUsAreAsManyCountedAsByWhatTheyUsed() throws IOException {
        assertThat(othersBesideTwoChefsThatHadOneCore(2)).isCloseTo(2, within(1e-9));
    }

    /** Our two chefs each ran half of 1 s and waited the other half, on a machine busy throughout, while {@code counted} other threads were runnable. */
    private double othersBesideTwoChefsThatHadOneCore(int counted) throws IOException {
        thread(100, 100, 0, 0, 0);
        thread(200, 201, 0, 0);
        thread(200, 202, 0, 0);
        busy(0, 0);
        MachineLoad load = load(0, 1 + 2 + counted);
        load.sample(kitchens(200), 0);
        thread(200, 201, 500, 500);
        thread(200, 202, 500, 500);
        busy(2_000, 0);
        load.sample(kitchens(200), 1_000 * MS);
        return load.othersRunnable();
    }

    /** A burst of other work between two samples counts where it was, weighted by what our threads ran then. */
    @Test
    void othersAreCountedSampleBySampleAndWeightedByWhatOurThreadsRan() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = load(0, 2, 5);
        load.sample(kitchens(), 0);
        thread(100, 100, 100, 0); // alone on the machine, beside the counting thread
        load.sample(kitchens(), 100 * MS);
        thread(100, 100, 150, 50); // three other programs' threads runnable
        load.sample(kitchens(), 200 * MS);

        assertThat(load.othersRunnable()).isCloseTo((0 * 100 + 3 * 50) / 150.0, within(1e-9));
    }

    @Test
    void anIdleMachineGivesEveryThreadAWholeCoreAndNoOthers() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = load(0, 2);
        load.sample(kitchens(), 0);
        thread(100, 100, 600, 3);
        load.sample(kitchens(), 600 * MS);

        assertThat(load.threadShare()).isGreaterThan(0.99);
        assertThat(load.othersRunnable()).isZero();
    }

    /**
     * A house rebuilt during the run is ours from its first thread: its JVM starting (300 ms of
     * running, 100 of waiting, in the interval it was born) counts among our runnable threads, not
     * as another program.
     */
    @Test
    void aKitchenStartedDuringTheRunIsOursFromItsStart() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = load(0, 1 + 1 + 0.4);
        load.sample(kitchens(), 0);
        thread(100, 100, 1_000, 0);
        thread(300, 301, 300, 100);
        load.sample(kitchens(300), 1_000 * MS);

        assertThat(load.othersRunnable()).isCloseTo(0, within(1e-9));
    }

    /** A JVM starts compiler and collector threads as it warms up: a thread born since the last sample counts from its start. */
    @Test
    void aThreadStartedDuringTheRunIsOursFromItsStart() throws IOException {
        thread(100, 100, 0, 0);
        thread(200, 201, 0, 0);
        MachineLoad load = load(0, 1 + 2 + 0.5);
        load.sample(kitchens(200), 0);
        thread(100, 100, 1_000, 0);
        thread(200, 201, 1_000, 0);
        thread(200, 202, 400, 100); // a C2 compiler thread
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.othersRunnable()).isCloseTo(0, within(1e-9));
    }

    /** The counting thread is in every count once; it is not one of the run's threads too. */
    @Test
    void theCountingThreadIsNotCountedTwice() throws IOException {
        thread(100, 100, 0, 0);
        thread(100, 1, 0, 0);
        MachineLoad load = load(0, 2);
        load.sample(kitchens(), 0);
        thread(100, 100, 1_000, 0);
        thread(100, 1, 5, 20);
        load.sample(kitchens(), 1_000 * MS);

        assertThat(load.othersRunnable()).isCloseTo(0, within(1e-9));
    }

    @Test
    void withoutCountsOfTheMachineOthersAreNotMeasuredButTheShareIs() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = load();
        load.sample(kitchens(), 0);
        thread(100, 100, 300, 300);
        load.sample(kitchens(), 600 * MS);

        assertThat(load.threadShare()).isCloseTo(0.5, within(1e-9));
        assertThat(load.othersRunnable()).isEqualTo(-1);
    }

    /** What a thread ran before its first read is not the run's: only differences count. */
    @Test
    void onlyWhatRanBetweenReadsCounts() throws IOException {
        thread(100, 100, 10_000, 10_000);
        MachineLoad load = load(0, 2);
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
        MachineLoad load = load(0, 4);
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
        MachineLoad load = load(0, 4);
        load.sample(kitchens(200), 0);
        thread(100, 100, 900, 100); // a chef
        thread(200, 201, 20, 600); // a writer woken 200 times, each turn waiting 3 ms (but its turns are not told here)
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.threadShare()).isCloseTo((900 * 0.9 + 20 * (20 / 620.0)) / 920, within(1e-9)).isGreaterThan(0.85);
    }

    /** The same writer with its turns told (200 of 0.1 ms): it only wakes for a moment, and gives no share. */
    @Test
    void aThreadThatRunsAMomentATurnOnlyWakesAndGivesNoShare() throws IOException {
        thread(100, 100, 0, 0, 0);
        thread(200, 201, 0, 0, 0);
        thread(200, 202, 0, 0, 0);
        MachineLoad load = load(0, 1 + 1 + 0.92 + 0.92 + 2);
        load.sample(kitchens(200), 0);
        thread(100, 100, 500, 500, 100); // a chef beside two busy loops: half a core
        thread(200, 201, 20, 900, 200); // a writer
        thread(200, 202, 20, 900, 200); // a heartbeat
        load.sample(kitchens(200), 1_000 * MS);

        assertThat(load.threadShare()).isCloseTo(0.5, within(1e-9));
        assertThat(load.othersRunnable()).isCloseTo(2, within(1e-9));
    }

    /**
     * Four chefs under a GIL: each held it a quarter of the time, in 5 ms turns, and waited for a
     * core two thirds of each turn's wait. Their kitchen computes on one core at most: it had two
     * thirds of one, not the third of a core each chef's own counts give.
     */
    @Test
    void aKitchenUnderAGilHasTheShareOfTheOneThreadThatHoldsIt() throws IOException {
        List<MachineLoad.Watched> gil = List.of(new MachineLoad.Watched(200, true));
        assertThat(fourChefsTakingTurns(gil)).isCloseTo(0.668, within(1e-3));
        assertThat(fourChefsTakingTurns(kitchens(200))).as("read as four threads").isCloseTo(0.334, within(1e-3));
    }

    private double fourChefsTakingTurns(List<MachineLoad.Watched> kitchen) throws IOException {
        thread(100, 100, 0, 0, 0);
        for (long tid = 201; tid <= 204; tid++) {
            thread(200, tid, 0, 0, 0);
        }
        MachineLoad load = load(0, 4);
        load.sample(kitchen, 0);
        for (long tid = 201; tid <= 204; tid++) {
            thread(200, tid, 167, 333, 34 + 150);
        }
        load.sample(kitchen, 1_000 * MS);
        return load.threadShare();
    }

    @Test
    void tooLittleRunSaysNothing() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = load(0, 2);
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
        MachineLoad load = load();
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
        MachineLoad load = new MachineLoad(proc.resolve("missing"), () -> 1, 2, new Counted(-1));
        load.sample(kitchens(), 0);
        assertThat(load.samples()).isZero();
        assertThat(load.threadShare()).isEqualTo(-1);
        assertThat(load.othersRunnable()).isEqualTo(-1);
    }

    @Test
    void aKitchenThatEndedIsSkipped() throws IOException {
        thread(100, 100, 0, 0);
        MachineLoad load = load(0, 3);
        load.sample(kitchens(999), 0);
        thread(100, 100, 100, 100);
        load.sample(kitchens(999), 200 * MS);
        assertThat(load.threadShare()).isCloseTo(0.5, within(1e-9));
        assertThat(load.othersRunnable()).isCloseTo(1, within(1e-9));
    }
}
