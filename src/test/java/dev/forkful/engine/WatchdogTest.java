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
    private final Watchdog watchdog = new Watchdog(new Watchdog.Verdicts() {
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
    });

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
        f.arrive(0, 0);
        return TestFloors.ready(f, slot, 0);
    }

    /** Silent until {@code lastQuiet} is fine; a millisecond more is a freeze. */
    private void assertFrozenOnlyAfter(TaskFloor f, long lastQuiet) {
        watchdog.silentKitchens(List.of(f), lastQuiet, lastQuiet);
        assertThat(verdicts).isEmpty();
        watchdog.silentKitchens(List.of(f), lastQuiet + MS, lastQuiet + MS);
        assertThat(verdicts).hasSize(1);
    }

    @Test
    void aKitchenWithWorkSilentPastASecondIsFrozen() {
        KitchenChild c = busy(task("soup", 4, cpu(100)), Model.THREAD, 2);
        assertFrozenOnlyAfter(c.floor, SECOND);
        assertThat(verdicts).containsExactly("frozen 0 after 1001 ms at 1001: no heartbeat from the kitchen for 1001 ms");
    }

    @Test
    void silenceIsJudgedAtTheNewestMessageHandledNotAtNow() {
        KitchenChild c = busy(task("soup", 4, cpu(100)), Model.THREAD, 2);
        watchdog.silentKitchens(List.of(c.floor), 500 * MS, 60 * SECOND);
        assertThat(verdicts).isEmpty();
    }

    @Test
    void onlyALiveKitchenWithWorkInHandCanFreeze() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.PROCESS, 3, 2);
        TestFloors.ready(f, 0, 0);
        KitchenChild killed = TestFloors.ready(f, 1, 0);
        killed.inHand = 1;
        killed.killedBecause = "bad output";
        TestFloors.starting(f, 2, 0).inHand = 1;

        watchdog.silentKitchens(List.of(f), 60 * SECOND, 60 * SECOND);
        assertThat(verdicts).isEmpty();
    }

    @Test
    void silenceIsCountedFromTheLaterOfTheLastBeatAndTheHandOver() {
        KitchenChild c = busy(task("soup", 4, cpu(100)), Model.THREAD, 1);
        c.pendingSince = 3 * SECOND;
        assertFrozenOnlyAfter(c.floor, 4 * SECOND);
    }

    @Test
    void aLongStepStretchesTheSilenceAllowed() {
        KitchenChild c = busy(task("roast", 1, cpu(800)), Model.THREAD, 1);
        assertFrozenOnlyAfter(c.floor, 1600 * MS);
    }

    @Test
    void aSilentEventLoopIsAStepThatNeverYielded() {
        KitchenChild c = busy(task("soup", 4, cpu(100)), Model.COROUTINE, 3);
        watchdog.silentKitchens(List.of(c.floor), 2 * SECOND, 2 * SECOND);
        assertThat(verdicts).containsExactly("frozen 0 after 2000 ms at 2000: no heartbeat from the event loop for 2000 ms"
                + " while 3 orders waited: a step never yielded");
    }

    @Test
    void aStuckThreadChefIsReportedOnceAndTheKitchenGoesOn() {
        KitchenChild c = cooking(Model.THREAD, 4, 2, 0);

        // one chef with one order pending: a second plus twice the 100 ms step
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1200 * MS), ChefState.idle(1)), 1, SECOND);
        assertThat(verdicts).isEmpty();
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1201 * MS)), 1, SECOND);
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1500 * MS)), 1, SECOND);
        assertThat(verdicts).containsExactly("stuck 0: chef 0 stuck on step 'chop' of order 0 for 1201 ms; the other chefs go on");
    }

    @Test
    void aChefOnAClosedOrderIsNotJudged() {
        KitchenChild c = cooking(Model.THREAD, 4, 2, 0);
        c.floor.close(0);

        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 60 * SECOND), new ChefState(1, 3, 0, 60 * SECOND)), 1, SECOND);
        assertThat(verdicts).isEmpty();
    }

    @Test
    void chefsSharingTooFewCoresMayTakeLonger() {
        KitchenChild c = cooking(Model.THREAD, 4, 1, 0);

        // four chefs on one core: each cpu step may take four times as long
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1800 * MS)), 4, SECOND);
        assertThat(verdicts).isEmpty();
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1801 * MS)), 4, SECOND);
        assertThat(verdicts).hasSize(1);
    }

    @Test
    void aStuckProcessChefCondemnsItsHouse() {
        KitchenChild c = cooking(Model.PROCESS, 2, 2, 1);

        // two houses on two cores: no stretch
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1201 * MS)), 1, 5 * SECOND);
        assertThat(verdicts).containsExactly(
                "frozen 1 after 1201 ms at 5000: chef 0 stuck on step 'chop' of order 0 for 1201 ms; the house is killed");
    }

    @Test
    void anEventLoopsChefsAreJudgedByItsSilenceOnly() {
        KitchenChild c = cooking(Model.COROUTINE, 1, 2, 0);

        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 60 * SECOND)), 1, SECOND);
        assertThat(verdicts).isEmpty();
    }
}
