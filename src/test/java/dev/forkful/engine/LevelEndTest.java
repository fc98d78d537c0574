package dev.forkful.engine;

import static dev.forkful.engine.TestLevels.fridge;
import static dev.forkful.engine.TestLevels.task;
import static dev.forkful.engine.TestLevels.waitMs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.engine.EngineEvent.Finished;
import dev.forkful.engine.EngineEvent.OrderLost;
import dev.forkful.engine.EngineEvent.Race;
import dev.forkful.engine.RunClock.Phase;
import dev.forkful.level.Model;
import dev.forkful.level.Task;
import dev.forkful.protocol.FridgeAudit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The end of a run, on kitchens with no process behind them and times given by hand. */
@Timeout(10)
class LevelEndTest {
    private static final long MS = 1_000_000;

    private final List<EngineEvent> events = new ArrayList<>();
    private final List<TaskFloor> floors = new ArrayList<>();
    private final List<KitchenChild> children = new ArrayList<>();
    private final RunClock clock = new RunClock();
    private final OrderDesk desk = new OrderDesk(floors, clock, events::add);
    private final LevelEnd end = new LevelEnd(clock, floors, children, desk, events::add);

    @AfterEach
    void closeChildren() {
        TestFloors.closeAll();
    }

    private TaskFloor floor(String id, Model model, int workers) {
        return floor(task(id, 2, waitMs(5), fridge("salt", 1)), model, workers);
    }

    private TaskFloor floor(Task task, Model model, int workers) {
        TaskFloor f = TestFloors.floor(task, model, workers, 2);
        floors.add(f);
        return f;
    }

    @Test
    void onlyLiveKitchensAreAskedForTheirAuditAndAwaitedAWhile() {
        TaskFloor f = floor("soup", Model.PROCESS, 3);
        KitchenChild asked = TestFloors.ready(f, 0, 0);
        KitchenChild killed = TestFloors.ready(f, 1, 0);
        killed.killedBecause = "frozen";
        KitchenChild starting = TestFloors.starting(f, 2, 0);
        children.addAll(List.of(asked, killed, starting));
        clock.open(0);

        end.begin(10 * MS);
        assertThat(clock.phase()).isEqualTo(Phase.ENDING);
        assertThat(children).extracting(c -> c.finishSent).containsExactly(true, false, false);
        assertThat(end.auditsIn(10 * MS + LevelEnd.AUDIT_WAIT_NANOS - 1)).isFalse();
        assertThat(end.auditsIn(10 * MS + LevelEnd.AUDIT_WAIT_NANOS)).isTrue();

        asked.audit = Map.of();
        assertThat(end.auditsIn(10 * MS)).isTrue();
    }

    @Test
    void aKitchenWhoseRecipeNeverTakesFromTheFridgeIsNotAskedNorAwaited() {
        TaskFloor f = floor(task("tea", 2, waitMs(5)), Model.COROUTINE, 1);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        children.add(c);
        clock.open(0);

        end.begin(10 * MS);
        assertThat(c.finishSent).isFalse();
        assertThat(end.auditsIn(10 * MS)).isTrue();
        end.finish();
        assertThat(events).containsExactly(new Finished(10 * MS));
    }

    @Test
    void lostUpdatesAreRacesThenTheRunIsFinished() {
        TaskFloor shared = floor("soup", Model.THREAD, 4);
        KitchenChild c = TestFloors.ready(shared, 0, 0);
        c.audit = Map.of("salt", new FridgeAudit(10, 8, 5), "pepper", new FridgeAudit(4, 4, 0));
        floor("stew", Model.PROCESS, 2); // its pantry lost nothing
        children.add(c);
        clock.open(0);

        end.begin(40 * MS);
        end.finish();
        assertThat(events).containsExactly(new Race(40 * MS, "soup", "salt", 8, 5), new Finished(40 * MS));
        assertThat(clock.phase()).isEqualTo(Phase.OVER);
    }

    @Test
    void racesComeFromEveryAuditInOrder() {
        List<Map<String, FridgeAudit>> audits = List.of(
                Map.of("salt", new FridgeAudit(10, 10, 0)),
                Map.of("salt", new FridgeAudit(10, 10, 3)),
                Map.of("salt", new FridgeAudit(10, 9, 2)));
        assertThat(LevelEnd.races("soup", audits, 7)).containsExactly(
                new Race(7, "soup", "salt", 10, 7), new Race(7, "soup", "salt", 9, 8));
    }

    @Test
    void aCancelWhileStartingLosesEveryOrderAtTimeZero() {
        floor("soup", Model.THREAD, 2);

        end.cancel(5 * MS);
        assertThat(events).containsExactly(
                new OrderLost(0, "soup", 0, "cancelled"), new OrderLost(0, "soup", 1, "cancelled"), new Finished(0));
        assertThat(clock.phase()).isEqualTo(Phase.OVER);
        end.cancel(6 * MS);
        assertThat(events).hasSize(3);
    }

    @Test
    void aCancelWhileAwaitingAuditsFinishesAtTheEndAlreadyTaken() {
        floor("soup", Model.THREAD, 2);
        clock.open(0);
        end.begin(30 * MS);

        end.cancel(90 * MS);
        assertThat(events).containsExactly(new Finished(30 * MS));
    }
}
