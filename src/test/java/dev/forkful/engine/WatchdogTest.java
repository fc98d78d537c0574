package dev.forkful.engine;

import static dev.forkful.engine.TestLevels.cpu;
import static dev.forkful.engine.TestLevels.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.level.Model;
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

    @Test
    void aKitchenWithWorkSilentPastASecondIsFrozen() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.THREAD, 2, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        c.inHand = 2;

        watchdog.silentKitchens(List.of(f), SECOND, SECOND);
        assertThat(verdicts).isEmpty();
        watchdog.silentKitchens(List.of(f), SECOND + MS, 7 * SECOND);
        assertThat(verdicts).containsExactly("frozen 0 after 1001 ms at 7000: no heartbeat from the kitchen for 1001 ms");
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
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.THREAD, 2, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        c.inHand = 1;
        c.pendingSince = 3 * SECOND;

        watchdog.silentKitchens(List.of(f), 4 * SECOND, 4 * SECOND);
        assertThat(verdicts).isEmpty();
        watchdog.silentKitchens(List.of(f), 4 * SECOND + MS, 4 * SECOND + MS);
        assertThat(verdicts).hasSize(1);
    }

    @Test
    void aLongStepStretchesTheSilenceAllowed() {
        TaskFloor f = TestFloors.floor(task("roast", 1, cpu(800)), Model.THREAD, 1, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        c.inHand = 1;

        watchdog.silentKitchens(List.of(f), 1600 * MS, 1600 * MS);
        assertThat(verdicts).isEmpty();
        watchdog.silentKitchens(List.of(f), 1601 * MS, 1601 * MS);
        assertThat(verdicts).hasSize(1);
    }

    @Test
    void aSilentEventLoopIsAStepThatNeverYielded() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.COROUTINE, 1, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        c.inHand = 3;

        watchdog.silentKitchens(List.of(f), 2 * SECOND, 2 * SECOND);
        assertThat(verdicts).containsExactly("frozen 0 after 2000 ms at 2000: no heartbeat from the event loop for 2000 ms"
                + " while 3 orders waited: a step never yielded");
    }

    @Test
    void aStuckThreadChefIsReportedOnceAndTheKitchenGoesOn() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.THREAD, 4, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        f.arrive(0, 0);
        f.arrive(1, 0);

        // one chef with one order pending: a second plus twice the 100 ms step
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1200 * MS), ChefState.idle(1)), 1, SECOND);
        assertThat(verdicts).isEmpty();
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1201 * MS)), 1, SECOND);
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1500 * MS)), 1, SECOND);
        assertThat(verdicts).containsExactly("stuck 0: chef 0 stuck on step 'chop' of order 0 for 1201 ms; the other chefs go on");
    }

    @Test
    void aChefOnAClosedOrderIsNotJudged() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.THREAD, 4, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        f.arrive(0, 0);
        f.close(0);

        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 60 * SECOND), new ChefState(1, 3, 0, 60 * SECOND)), 1, SECOND);
        assertThat(verdicts).isEmpty();
    }

    @Test
    void chefsSharingTooFewCoresMayTakeLonger() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.THREAD, 4, 1);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        f.arrive(0, 0);

        // four chefs on one core: each cpu step may take four times as long
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1800 * MS)), 4, SECOND);
        assertThat(verdicts).isEmpty();
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1801 * MS)), 4, SECOND);
        assertThat(verdicts).hasSize(1);
    }

    @Test
    void aStuckProcessChefCondemnsItsHouse() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.PROCESS, 2, 2);
        KitchenChild c = TestFloors.ready(f, 1, 0);
        f.arrive(0, 0);

        // two houses on two cores: no stretch
        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 1201 * MS)), 1, 5 * SECOND);
        assertThat(verdicts).containsExactly(
                "frozen 1 after 1201 ms at 5000: chef 0 stuck on step 'chop' of order 0 for 1201 ms; the house is killed");
    }

    @Test
    void anEventLoopsChefsAreJudgedByItsSilenceOnly() {
        TaskFloor f = TestFloors.floor(task("soup", 4, cpu(100)), Model.COROUTINE, 1, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        f.arrive(0, 0);

        watchdog.stuckChefs(c, List.of(new ChefState(0, 0, 0, 60 * SECOND)), 1, SECOND);
        assertThat(verdicts).isEmpty();
    }
}
