package dev.forkful.score;

import static dev.forkful.score.Levels.ALL;
import static dev.forkful.score.Levels.cpu;
import static dev.forkful.score.Levels.level;
import static dev.forkful.score.Levels.task;
import static dev.forkful.score.Levels.waitStep;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.level.Arrival;
import dev.forkful.level.IdealTime;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdealTimeTest {

    @Test
    void cpuWorkSharesTheCoresSoMoreCoresMeanALowerIdeal() {
        Level chopping = level(false, List.of(), task("chop", 100, Arrival.ALL, ALL, 8, cpu(10)));

        // 1000 ms of chopping: 2 cores halve it; 16 cores let virtual threads spread it over all 16
        assertThat(IdealTime.of(chopping, 2)).isEqualTo(Duration.ofMillis(500));
        assertThat(IdealTime.of(chopping, 16)).isEqualTo(Duration.ofNanos(62_500_000));
    }

    /**
     * The chopping board on 2 cores beside two busy loops: Linux shares the cores among the 2 + 2
     * runnable threads, so thread:2, one chef per core, gets one core, and the ideal doubles.
     * thread:4 would take 4/6 of both from the busy loops, a speed taken from them that the ideal
     * does not ask for. A coroutine (one thread, 2/3 of a core) cooks 1.5 times the ideal with no
     * overhead at all, so it still misses a par it misses on an idle machine.
     */
    @Test
    void onABusyMachineTheIdealCountsTheShareOfOneChefPerCore() {
        Level chopping = level(false, List.of(), task("salad", 60, Arrival.ALL,
                List.of(Model.COROUTINE, Model.THREAD, Model.PROCESS), 4, cpu(20)));

        assertThat(IdealTime.of(chopping, IdealTime.Machine.of(2, 0, 0))).isEqualTo(IdealTime.of(chopping, 2)).isEqualTo(Duration.ofMillis(600));
        assertThat(IdealTime.of(chopping, IdealTime.Machine.of(2, 2, 0))).isEqualTo(Duration.ofMillis(1200));
        IdealTime.Machine busy = IdealTime.Machine.of(2, 2, 0);
        assertThat(busy.share(2)).isEqualTo(1.0);
        assertThat(busy.share(4)).as("no more than one thread per core").isEqualTo(1.0);
        assertThat(1200 / busy.share(1) / 1200).isEqualTo(1.5);
    }

    /**
     * Cores that computed the calibrated work at 0.8 of its speed (a cold JIT, a slower core) take
     * 1.25 times as long for its cpu steps, and no longer for its waits.
     */
    @Test
    void theIdealCountsCpuStepsAtTheSpeedTheKitchensComputed() {
        Level chopping = level(false, List.of(), task("salad", 60, Arrival.ALL, List.of(Model.THREAD), 2, cpu(20)));
        IdealTime.Machine slower = IdealTime.Machine.of(2, 0, 0).withSpeed(0.8);
        assertThat(IdealTime.of(chopping, slower)).isEqualTo(Duration.ofMillis(750));
        assertThat(IdealTime.of(chopping, IdealTime.Machine.of(2, 0, 0).withSpeed(-1))).as("not measured: as calibrated")
                .isEqualTo(Duration.ofMillis(600));

        Level simmering = level(false, List.of(), task("soup", 1, Arrival.ALL, List.of(Model.THREAD), 1, cpu(20), waitStep(80)));
        assertThat(IdealTime.of(simmering, slower)).isEqualTo(Duration.ofMillis(105));
    }

    /**
     * Two busy loops beside a GIL's one computing thread: an equal share would leave it 2/3 of a core,
     * but a thread that sleeps at every hand-off is given more (0.72 measured). The best plan's two
     * chefs get at least what the played plan's own thread had, each: its favour from the scheduler
     * does not make a wrong plan look right.
     */
    @Test
    void theBestPlansThreadsGetAtLeastTheShareThePlayedPlansThreadsMeasured() {
        IdealTime.Machine busy = IdealTime.Machine.of(2, 2, 0);
        assertThat(busy.withThreadShare(0.72).share(2)).isEqualTo(1.44);
        assertThat(busy.withThreadShare(0.4).share(2)).as("an equal share is more").isEqualTo(1.0);
        assertThat(IdealTime.Machine.of(2, 0, 0).withThreadShare(1).share(4)).as("at most one thread per core").isEqualTo(2.0);
        assertThat(busy.withThreadShare(-1).share(2)).as("not measured").isEqualTo(1.0);
    }

    @Test
    void aFewOtherThreadsTakeNothingFromCoresTheyLeaveFree() {
        IdealTime.Machine machine = IdealTime.Machine.of(16, 3, 0);
        assertThat(machine.share(4)).isEqualTo(4.0);
        assertThat(machine.share(40)).isEqualTo(16.0 * 16 / 19);
        assertThat(IdealTime.Machine.of(16, -1, -1).share(40)).as("not measured: an idle machine").isEqualTo(16.0);
    }

    @Test
    void processChefsAreLimitedByMaxWorkersNotOnlyByCores() {
        Level chopping = level(false, List.of(), task("chop", 100, Arrival.ALL, List.of(Model.PROCESS), 4, cpu(10)));

        assertThat(IdealTime.of(chopping, 2)).isEqualTo(Duration.ofMillis(500));
        assertThat(IdealTime.of(chopping, 16)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aCoroutineLoopComputesOnOneCoreWhateverTheMachine() {
        Level chopping = level(false, List.of(), task("chop", 100, Arrival.ALL, List.of(Model.COROUTINE), 8, cpu(10)));

        assertThat(IdealTime.of(chopping, 16)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void theGilSerializesThreadChefs() {
        Level chopping = level(true, List.of(), task("chop", 100, Arrival.ALL, List.of(Model.THREAD), 8, cpu(10)));

        assertThat(IdealTime.of(chopping, 16)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void waitsOverlapWithoutLimitUnderCoroutinesButNotUnderFewThreads() {
        var waiting = task("wait", 1000, Arrival.ALL, List.of(Model.THREAD, Model.COROUTINE), 8, waitStep(100));
        var threadsOnly = task("wait", 1000, Arrival.ALL, List.of(Model.THREAD), 8, waitStep(100));

        assertThat(IdealTime.of(level(false, List.of(), waiting), 2)).isEqualTo(Duration.ofMillis(100));
        assertThat(IdealTime.of(level(false, List.of(), threadsOnly), 2)).isEqualTo(Duration.ofMillis(12_500));
    }

    @Test
    void theLastArrivalStillHasToBeCooked() {
        var trickle = task("trickle", 100, new Arrival(Duration.ofMillis(10)), ALL, 8, cpu(5));

        assertThat(IdealTime.of(level(false, List.of(), trickle), 2)).isEqualTo(Duration.ofMillis(995));
    }

    @Test
    void tasksRunSideBySideButShareTheCores() {
        Level two = level(false, List.of(),
                task("a", 100, Arrival.ALL, ALL, 8, cpu(10)),
                task("b", 100, Arrival.ALL, ALL, 8, cpu(10)));

        assertThat(IdealTime.ofTask(two.tasks().getFirst(), false, 2)).isEqualTo(Duration.ofMillis(500));
        assertThat(IdealTime.of(two, 2)).isEqualTo(Duration.ofMillis(1000));
    }
}
