package dev.forkful.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.engine.EngineEvent;
import dev.forkful.level.Arrival;
import dev.forkful.level.Kitchen;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Stars;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineRecorderTest {
    private static final long MS = 1_000_000;
    private static final Step CHOP = new Step("chop", new Step.Action.Cpu(Duration.ofMillis(10)), Optional.empty(),
            List.of("board"));
    private static final Step SIMMER = new Step("simmer", new Step.Action.Wait(Duration.ofMillis(20)), Optional.empty());
    private static final Level LEVEL = new Level(Path.of("t.toml"), "t", "T", 0, "", "", List.of(),
            new Kitchen(true, Duration.ofSeconds(5), 1), Map.of(),
            List.of(new Task("soup", "soup", 2, Arrival.ALL, List.of(Model.values()), 8, List.of(CHOP, SIMMER))),
            new Stars(List.of()));

    @Test
    void aCookedOrderBecomesItsChefsSpansLockWaitFirst() {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.THREAD, 4242, 2));
        // chef 1 began order 7 at 5 ms, held the board at 8 ms, chopped to 20 ms (4 ms of it waiting for the GIL), simmered to 40 ms
        // (the simmer, which holds no lock, began a moment after the chop: that moment is the simmer's)
        r.on(new EngineEvent.OrderCooked(41 * MS, "soup", 0, 1, 7, 5 * MS, new long[] {8 * MS, 20 * MS, 4 * MS, 20 * MS + 3_000, 40 * MS, 0}));
        r.on(EngineEvent.OrdersServed.one(41 * MS, "soup", 0, 1, 7, 41 * MS));

        Timeline t = r.timeline();
        assertThat(t.lanes()).extracting(Lane::label).containsExactly("soup chef 0", "soup chef 1"); // chef 0 idle
        Lane lane = t.lanes().get(1);
        assertThat(lane.label()).isEqualTo("soup chef 1");
        assertThat(lane.pid()).isEqualTo(4242);
        assertThat(lane.spans()).containsExactly(
                new Span(5 * MS, 8 * MS, Activity.LOCK_WAIT, 7, 0, 0),
                new Span(8 * MS, 20 * MS, Activity.COOKING, 7, 0, 4 * MS),
                new Span(20 * MS, 40 * MS, Activity.WAITING, 7, 1, 0));
        assertThat(t.plots().served().values()).containsExactly(1);
    }

    @Test
    void aCoroutineLoopsLaneShowsOnlyWhatHeldTheLoop() {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.COROUTINE, 11, 1));
        r.on(new EngineEvent.OrderCooked(40 * MS, "soup", 0, 0, 1, 0, new long[] {0, 10 * MS, 0, 10 * MS, 30 * MS, 0}));
        r.on(new EngineEvent.OrderCooked(40 * MS, "soup", 0, 0, 2, 10 * MS, new long[] {10 * MS, 20 * MS, 0, 20 * MS, 40 * MS, 0}));

        Lane loop = r.timeline().lanes().get(0);
        assertThat(loop.label()).isEqualTo("soup loop");
        assertThat(loop.spans()).extracting(Span::order, Span::activity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, Activity.COOKING), org.assertj.core.groups.Tuple.tuple(2L, Activity.COOKING));
    }

    @Test
    void marksSayWhatWentWrongAndWhen() {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "soup", 2, Model.PROCESS, 99, 1));
        r.on(new EngineEvent.Freeze(1500 * MS, "soup", Model.PROCESS, 2, 1000, "no heartbeat", true));
        r.on(new EngineEvent.Crash(300 * MS, "soup", Model.PROCESS, "SIGSEGV", 99, 139, 1));
        r.on(new EngineEvent.Race(1600 * MS, "soup", "salt", 10, 7));

        List<Mark> marks = r.timeline().marks();
        assertThat(marks).extracting(Mark::kind).containsExactly(Mark.Kind.CRASH, Mark.Kind.FREEZE, Mark.Kind.RACE);
        assertThat(marks.get(0).kitchen()).isEqualTo(2);
        assertThat(marks.get(1).fromNanos()).isEqualTo(500 * MS);
        assertThat(marks.get(2).what()).startsWith("3 salt");
    }

    /** A house rebuilt after its crash is another process: its own lane under its own pid, after the one it replaced. */
    @Test
    void aRebuiltHouseHasItsOwnLane() {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.PROCESS, 100, 1));
        r.on(new EngineEvent.OrderCooked(50 * MS, "soup", 0, 0, 1, 0, new long[] {0, 10 * MS, 0, 10 * MS, 40 * MS, 0}));
        r.on(new EngineEvent.Crash(60 * MS, "soup", Model.PROCESS, "SIGSEGV", 100, 139, 1));
        r.on(new EngineEvent.KitchenStarted(90 * MS, "soup", 0, Model.PROCESS, 101, 1));
        r.on(new EngineEvent.OrderCooked(150 * MS, "soup", 0, 0, 3, 100 * MS, new long[] {100 * MS, 110 * MS, 0, 110 * MS, 140 * MS, 0}));

        assertThat(r.timeline().lanes()).extracting(Lane::pid).containsExactly(100L, 101L);
        assertThat(r.timeline().marks().get(0).kitchen()).isZero();
    }

    /** A chef stuck on its step shows frozen on its own lane, from when it got stuck to when the watchdog saw it. */
    @Test
    void aStuckChefIsFrozenOnItsLane() {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.THREAD, 5, 8));
        r.on(new EngineEvent.ChefFrozen(1600 * MS, "soup", 0, 3, 12, 1, 1100 * MS));

        Lane lane = r.timeline().lanes().get(3);
        assertThat(lane.label()).isEqualTo("soup chef 3");
        assertThat(lane.spans()).containsExactly(new Span(500 * MS, 1600 * MS, Activity.FROZEN, 12, 1, 0));
    }

    @Test
    void plotsCountServedDishesAndSumMemoryAndCoresPerTenthOfASecond() {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.PROCESS, 1, 1));
        r.on(new EngineEvent.KitchenStarted(0, "soup", 1, Model.PROCESS, 2, 1));
        r.on(new EngineEvent.Stats(50 * MS, "soup", 0, 1, 40_000_000, 30_000_000, 0, 2, 0, 0));
        r.on(new EngineEvent.Stats(50 * MS, "soup", 1, 2, 40_000_000, 20_000_000, 0, 2, 0, 0));
        // kitchen 0 used a whole core from 50 to 250 ms
        r.on(new EngineEvent.Stats(250 * MS, "soup", 0, 1, 40_000_000, 30_000_000, 200 * MS, 2, 0, 0));
        r.on(new EngineEvent.KitchenDied(150 * MS, "soup", 1, 2, 0, false));
        r.on(EngineEvent.OrdersServed.one(120 * MS, "soup", 0, 0, 0, 120 * MS));
        r.on(EngineEvent.OrdersServed.one(130 * MS, "soup", 0, 0, 1, 130 * MS));

        Plots p = r.timeline().plots();
        assertThat(p.served().values()).containsExactly(0, 2, 0);
        // the highest each tenth of a second: kitchen 1 counts in the one it ended in
        assertThat(p.memoryBytes().values()).containsExactly(50_000_000, 50_000_000, 30_000_000);
        assertThat(p.cores().values()).containsExactly(0.5, 1.0, 0.5);
    }

    @Test
    void aHugeRunKeepsTheFirstSpansAndCountsTheRest() {
        TimelineRecorder r = new TimelineRecorder(LEVEL);
        r.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.VIRTUAL, 1, 1));
        int orders = TimelineRecorder.MAX_SPANS / 2 + 10;
        for (int i = 0; i < orders; i++) {
            r.on(new EngineEvent.OrderCooked(MS, "soup", 0, i, i, 0, new long[] {0, 10, 0, 10, 20, 0}));
        }
        Timeline t = r.timeline();
        assertThat(t.spanCount()).isEqualTo(TimelineRecorder.MAX_SPANS);
        assertThat(t.spansDropped()).isEqualTo(20);
    }
}
