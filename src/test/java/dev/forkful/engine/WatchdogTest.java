package dev.forkful.engine;

import static dev.forkful.engine.TestLevels.cpu;
import static dev.forkful.engine.TestLevels.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.level.Model;
import dev.forkful.level.Task;
import dev.forkful.protocol.ChefState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The watchdog's judgements, on kitchens with no process behind them and times given by hand. */
@Timeout(10)
class WatchdogTest {
    private static final long MS = 1_000_000;
    private static final long SECOND = 1000 * MS;

    private final List<String> verdicts = new ArrayList<>();
    /** Writes each verdict down as a line. */
    private final Watchdog.Verdicts recorder = new Watchdog.Verdicts() {
        @Override
        public void noHello(KitchenChild c) {
            verdicts.add("no hello " + c.slot);
        }

        @Override
        public void frozen(KitchenChild c, long stalledNanos, String cause, long now) {
            verdicts.add("frozen " + c.slot + " after " + stalledNanos / MS + " ms at " + now / MS + ": " + cause);
        }

        @Override
        public void chefStuck(KitchenChild c, ChefState chef, String cause, long at) {
            verdicts.add("stuck " + c.slot + ": " + cause);
        }
    };
    private final Watchdog watchdog = new Watchdog(recorder);

    @AfterEach
    void closeChildren() {
        TestFloors.closeAll();
    }

    @Test
    void aChildWithNoHelloAfterTheStartTimeoutIsJudged() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.PROCESS, 3, 2);
        KitchenChild late = TestFloors.starting(f, 0, 0);
        TestFloors.ready(f, 1, 0);
        TestFloors.starting(f, 2, 0).killedBecause = "bad output";
        List<KitchenChild> all = List.of(f.slots);

        watchdog.startTimeouts(all, Watchdog.START_TIMEOUT_NANOS);
        assertThat(verdicts).isEmpty();
        watchdog.startTimeouts(all, Watchdog.START_TIMEOUT_NANOS + 1);
        assertThat(verdicts).containsExactly("no hello " + late.slot);
    }

    /** A floor whose one kitchen said hello at 0 and holds {@code inHand} orders. */
    private static KitchenChild busy(Task task, Model model, int inHand) {
        KitchenChild c = TestFloors.ready(TestFloors.floor(task, model, 2, 2), 0, 0);
        c.inHand = inHand;
        return c;
    }

    /** A kitchen in {@code slot} of a soup floor (cpu steps of 100 ms) with order 0 open. */
    private static KitchenChild cooking(Model model, int workers, int cores, int slot) {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), model, workers, cores);
        f.arrive(0);
        return TestFloors.ready(f, slot, 0);
    }

    /** The CPU time each child's process has had, by pid, as the test sets it. */
    private final java.util.Map<Long, Long> cpuByPid = new java.util.HashMap<>();

    private final Watchdog judgingCpu = new Watchdog(recorder, pid -> cpuByPid.getOrDefault(pid, -1L));

    @Test
    void aSilentKitchenThatGetsNoCpuIsSlowedNotFrozen() {
        KitchenChild c = busy(task("soup", 4, cpu(100)), Model.THREAD, 2);
        cpuByPid.put(c.pid(), 0L);
        // stopped (Ctrl-Z), or starved by the machine: a minute of silence with no CPU
        for (long t = 0; t <= 60 * SECOND; t += 100 * MS) {
            judgingCpu.silentKitchens(List.of(c.floor), t, t);
        }
        assertThat(verdicts).isEmpty();
    }

    @Test
    void aSilentKitchenThatKeepsUsingTheCpuIsFaulty() {
        KitchenChild c = busy(task("soup", 4, cpu(100)), Model.THREAD, 2);
        cpuByPid.put(c.pid(), 5 * SECOND);
        judgingCpu.silentKitchens(List.of(c.floor), 1001 * MS, 1001 * MS);
        cpuByPid.put(c.pid(), 5 * SECOND + 5 * SECOND);
        judgingCpu.silentKitchens(List.of(c.floor), 11_000 * MS, 11_000 * MS);
        assertThat(verdicts).isEmpty();
        judgingCpu.silentKitchens(List.of(c.floor), 11_001 * MS, 11_001 * MS);
        assertThat(verdicts).containsExactly("frozen 0 after 11001 ms at 11001: no heartbeat from the kitchen for 11001 ms"
                + " while it used 5000 ms of CPU: it is busy and does not answer");
    }

    @Test
    void aHeartbeatEndsTheSilence() {
        KitchenChild c = busy(task("soup", 4, cpu(100)), Model.THREAD, 2);
        cpuByPid.put(c.pid(), 0L);
        judgingCpu.silentKitchens(List.of(c.floor), 2 * SECOND, 2 * SECOND);
        c.lastBeat = 5 * SECOND;
        cpuByPid.put(c.pid(), 20 * SECOND);
        judgingCpu.silentKitchens(List.of(c.floor), 12_500 * MS, 12_500 * MS);
        assertThat(verdicts).as("silent again only since 5 s: looked at, not yet judged").isEmpty();
    }

    @Test
    void onlyALiveKitchenWithWorkInHandCanFreeze() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.PROCESS, 3, 2);
        TestFloors.ready(f, 0, 0);
        KitchenChild killed = TestFloors.ready(f, 1, 0);
        killed.inHand = 1;
        killed.killedBecause = "bad output";
        TestFloors.starting(f, 2, 0).inHand = 1;
        f.slots[0].inHand = 0;

        for (long t = 0; t <= 60 * SECOND; t += SECOND) {
            cpuByPid.put(f.slots[1].pid(), t);
            cpuByPid.put(f.slots[2].pid(), t);
            judgingCpu.silentKitchens(List.of(f), t, t);
        }
        assertThat(verdicts).isEmpty();
    }

    private static ChefState on(int chef, long order, long sinceMs, long cpuMs) {
        return new ChefState(chef, order, 0, sinceMs * MS, cpuMs * MS);
    }

    @Test
    void aChefIsStuckByTheCpuItHadOnAStepNotByTheWallClock() {
        KitchenChild c = cooking(Model.THREAD, 4, 2, 0);

        // a 100 ms cpu step: 750 ms beyond twice what it computes
        watchdog.stuckChefs(c, List.of(on(0, 0, 60_000, 950), ChefState.idle(1)), 1, SECOND);
        assertThat(verdicts).as("a minute on the step with little CPU: it waited for a core").isEmpty();
        watchdog.stuckChefs(c, List.of(on(0, 0, 1200, 951)), 1, SECOND);
        watchdog.stuckChefs(c, List.of(on(0, 0, 1500, 1200)), 1, SECOND);
        assertThat(verdicts).containsExactly("stuck 0: chef 0 spun on step 'chop' of order 0 with 951 ms of CPU in 1200 ms"
                + " (it computes 100 ms); it keeps a core, and the OS preempts a spinning thread, so the other chefs go on");
    }

    @Test
    void aChefNotMeasuredIsNeverStuck() {
        KitchenChild c = cooking(Model.THREAD, 4, 2, 0);
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 60 * SECOND, -1)), 1, SECOND);
        assertThat(verdicts).isEmpty();
    }

    @Test
    void aChefOnAClosedOrderIsNotReportedAgain() {
        KitchenChild c = cooking(Model.THREAD, 4, 2, 0);
        c.floor.close(0);

        watchdog.stuckChefs(c, List.of(on(0, 0, 60_000, 60_000), on(1, 3, 60_000, 60_000)), 1, SECOND);
        assertThat(verdicts).isEmpty();
    }

    /** Two virtual threads that spin, found one heartbeat apart: the first one's dish is lost, yet it still holds a carrier. */
    @Test
    void chefsReportedStuckBeforeStillCountTowardAFrozenKitchen() {
        KitchenChild c = cooking(Model.VIRTUAL, 1, 2, 0);
        c.floor.arrive(1);
        watchdog.stuckChefs(c, List.of(on(0, 0, 1300, 1000), on(1, 1, 200, 100)), 2, SECOND);
        c.floor.close(0);
        watchdog.stuckChefs(c, List.of(on(0, 0, 2300, 2000), on(1, 1, 1300, 1000)), 2, SECOND);
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.getLast()).startsWith("frozen 0 after 2300 ms at 1000: all 2 carriers are held");
    }

    @Test
    void theOnlyChefOfAThreadKitchenStuckFreezesTheKitchen() {
        KitchenChild c = cooking(Model.THREAD, 1, 2, 0);
        watchdog.stuckChefs(c, List.of(on(0, 0, 1300, 1000)), 1, 5 * SECOND);
        assertThat(verdicts).containsExactly("frozen 0 after 1300 ms at 5000: the only chef spun on step 'chop' of order 0"
                + " with 1000 ms of CPU in 1300 ms (it computes 100 ms): there is no other chef to go on; the kitchen is killed");
    }

    @Test
    void everyChefStuckFreezesTheKitchenAndOneLessDoesNot() {
        KitchenChild c = cooking(Model.THREAD, 2, 2, 0);
        c.floor.arrive(1);
        watchdog.stuckChefs(c, List.of(on(0, 0, 1300, 1000), on(1, 1, 20, 0)), 2, SECOND);
        assertThat(verdicts).hasSize(1).allMatch(v -> v.startsWith("stuck 0: chef 0 spun"));
        watchdog.stuckChefs(c, List.of(on(0, 0, 1400, 1100), on(1, 1, 1300, 1000)), 2, SECOND);
        assertThat(verdicts.getLast()).startsWith("frozen 0 after 1400 ms at 1000: all 2 chefs are stuck, the first spun");
    }

    @Test
    void underTheGilItIsTheSwitchIntervalThatLetsTheOthersRun() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.THREAD, 4, 2, true);
        f.arrive(0);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        watchdog.stuckChefs(c, List.of(on(0, 0, 1300, 1000)), 1, SECOND);
        assertThat(verdicts).singleElement().asString().endsWith("the GIL's 5 ms switch interval hands the lock to the other chefs, so they go on");
    }

    @Test
    void aStuckProcessChefCondemnsItsHouse() {
        KitchenChild c = cooking(Model.PROCESS, 2, 2, 1);

        watchdog.stuckChefs(c, List.of(on(0, 0, 1201, 951)), 1, 5 * SECOND);
        assertThat(verdicts).containsExactly("frozen 1 after 1201 ms at 5000: chef 0 spun on step 'chop' of order 0"
                + " with 951 ms of CPU in 1201 ms (it computes 100 ms); the house is killed");
    }

    @Test
    void anEventLoopStuckOnAStepIsAFrozenKitchen() {
        KitchenChild c = cooking(Model.COROUTINE, 1, 2, 0);

        watchdog.stuckChefs(c, List.of(on(0, 0, 1100, 1000)), 3, SECOND);
        assertThat(verdicts).containsExactly("frozen 0 after 1100 ms at 1000: the event loop spun on step 'chop' of order 0"
                + " with 1000 ms of CPU in 1100 ms (it computes 100 ms) and never yielded: every other order waited;"
                + " the kitchen is killed");
    }

    @Test
    void virtualThreadsWaitingForACarrierAreNotStuckAndSpinnersHoldingEveryCarrierFreezeTheKitchen() {
        KitchenChild c = cooking(Model.VIRTUAL, 1, 2, 0);
        c.floor.arrive(1);
        c.floor.arrive(2);

        // order 2 waited for a carrier for a minute with no CPU; order 0 spins and holds one
        watchdog.stuckChefs(c, List.of(on(2, 2, 60_000, 0), on(0, 0, 1300, 1000)), 3, SECOND);
        assertThat(verdicts).singleElement().asString().startsWith("stuck 0: the virtual thread of order 0 spun")
                .endsWith("it holds its carrier (the JDK does not time-slice virtual threads), the other orders run on the carriers left");
        watchdog.stuckChefs(c, List.of(on(2, 2, 61_000, 0), on(0, 0, 2300, 2000), on(1, 1, 1300, 1000)), 3, SECOND);
        assertThat(verdicts.getLast()).startsWith("frozen 0 after 2300 ms at 1000: all 2 carriers are held by virtual threads"
                + " that never yield (the JDK does not time-slice them), the first spun");
    }
}
