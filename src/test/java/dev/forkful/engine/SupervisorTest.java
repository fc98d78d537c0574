package dev.forkful.engine;

import static dev.forkful.engine.TestLevels.cpu;
import static dev.forkful.engine.TestLevels.faulty;
import static dev.forkful.engine.TestLevels.fridge;
import static dev.forkful.engine.TestLevels.level;
import static dev.forkful.engine.TestLevels.plan;
import static dev.forkful.engine.TestLevels.task;
import static dev.forkful.engine.TestLevels.waitMs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.engine.EngineEvent.Crash;
import dev.forkful.engine.EngineEvent.Finished;
import dev.forkful.engine.EngineEvent.Freeze;
import dev.forkful.engine.EngineEvent.KitchenStarted;
import dev.forkful.engine.EngineEvent.OrderCooked;
import dev.forkful.engine.EngineEvent.OrderLost;
import dev.forkful.engine.EngineEvent.OrdersServed;
import dev.forkful.engine.EngineEvent.Race;
import dev.forkful.engine.EngineEvent.Stats;
import dev.forkful.level.Fault;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The supervisor against real child processes that cook in a {@link SimpleKitchen}. */
@Timeout(60)
class SupervisorTest {
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final List<Long> pids = new CopyOnWriteArrayList<>();

    private List<EngineEvent> play(Level level, Plan plan, ChildLauncher launcher) throws InterruptedException {
        try (RunningLevel run = Engine.start(level, plan, 7, e -> {
            events.add(e);
            if (e instanceof KitchenStarted k) {
                pids.add(k.pid());
            }
        }, launcher, () -> 1000)) {
            run.awaitEnd();
        }
        return events;
    }

    private List<EngineEvent> play(Level level, Plan plan) throws InterruptedException {
        return play(level, plan, ChildLauncher.of("dev.forkful.engine.SimpleChildMain"));
    }

    /** Dishes served, over every line of them. */
    private int served() {
        return of(OrdersServed.class).stream().mapToInt(OrdersServed::count).sum();
    }

    private <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private void assertEveryOrderAccountedFor(int orders) {
        assertThat(served() + of(OrderLost.class).size()).isEqualTo(orders);
        assertThat(events.getLast()).isInstanceOf(Finished.class);
        assertThat(events).extracting(EngineEvent::atNanos).isSorted();
    }

    private void assertNoChildLeft() {
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(p -> assertThat(p.onExit()).succeedsWithin(Duration.ofSeconds(5)));
        }
    }

    @Test
    void aThreadKitchenServesEveryOrder() throws Exception {
        play(level(task("soup", 30, cpu(1), waitMs(5))), plan("soup", Model.THREAD, 3));
        assertThat(served()).isEqualTo(30);
        assertThat(of(KitchenStarted.class)).singleElement().extracting(KitchenStarted::chefs).isEqualTo(3);
        assertEveryOrderAccountedFor(30);
        assertNoChildLeft();
    }

    @Test
    void aRunThatIsOnlyScoredGetsNoDishRecordsAndOneThatIsTracedGetsOneADish() throws Exception {
        Level level = level(task("soup", 20, waitMs(5)));
        try (RunningLevel run = Engine.start(level, plan("soup", Model.THREAD, 2), 7, EngineListener.scoringOnly(events::add),
                ChildLauncher.of("dev.forkful.engine.SimpleChildMain"), () -> 1000)) {
            run.awaitEnd();
        }
        assertThat(served()).isEqualTo(20);
        assertThat(of(OrderCooked.class)).isEmpty();
        events.clear();
        play(level, plan("soup", Model.THREAD, 2));
        assertThat(of(OrderCooked.class)).hasSize(20);
        assertNoChildLeft();
    }

    @Test
    void aProcessPoolHandsEachHouseOneOrderAtATime() throws Exception {
        play(level(task("soup", 12, waitMs(20))), plan("soup", Model.PROCESS, 3));
        assertThat(of(KitchenStarted.class)).hasSize(3).extracting(KitchenStarted::kitchen).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(of(OrdersServed.class)).extracting(OrdersServed::kitchen).contains(0, 1, 2);
        assertEveryOrderAccountedFor(12);
        assertNoChildLeft();
    }

    @Test
    void aDeadHouseLosesItsDishAndIsRebuilt() throws Exception {
        // dishes long enough that a rebuilt house (a JVM start, slow on a busy machine) says hello before the rest are served
        play(level(task("soup", 30, faulty(waitMs(200), Fault.Kind.SEGFAULT, 0.15))), plan("soup", Model.PROCESS, 2));
        List<Crash> crashes = of(Crash.class);
        assertThat(crashes).isNotEmpty().allSatisfy(c -> {
            assertThat(c.exitStatus()).isEqualTo(139);
            assertThat(c.dishesLost()).isEqualTo(1);
        });
        assertThat(of(OrderLost.class)).hasSize(crashes.size());
        // the house is rebuilt while orders remain (that start counts in run time)
        assertThat(of(KitchenStarted.class)).anySatisfy(k -> assertThat(k.atNanos()).isGreaterThan(crashes.getFirst().atNanos()));
        assertEveryOrderAccountedFor(30);
        assertNoChildLeft();
    }

    @Test
    void aDeadSharedKitchenLosesEveryDishInIt() throws Exception {
        play(level(task("soup", 10, waitMs(200), faulty(waitMs(1), Fault.Kind.SEGFAULT, 0.3))), plan("soup", Model.THREAD, 10));
        Crash first = of(Crash.class).getFirst();
        assertThat(first.dishesLost()).isGreaterThan(1);
        assertEveryOrderAccountedFor(10);
        assertNoChildLeft();
    }

    @Test
    void aStuckThreadChefIsReportedWhileTheOthersGoOn() throws Exception {
        play(level(task("soup", 8, faulty(waitMs(5), Fault.Kind.FREEZE, 0.2))), plan("soup", Model.THREAD, 4));
        assertThat(of(Freeze.class)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.killed()).isFalse();
            assertThat(f.cause()).contains("spun on step 'simmer'", "a wait, which computes nothing", "the other chefs go on");
        });
        assertThat(served()).isEqualTo(8 - of(Freeze.class).size());
        assertEveryOrderAccountedFor(8);
        assertNoChildLeft();
    }

    @Test
    void aSpinningLoopIsKilledAndRebuilt() throws Exception {
        play(level(task("soup", 6, faulty(waitMs(5), Fault.Kind.FREEZE, 0.3))), plan("soup", Model.COROUTINE, 1));
        assertThat(of(Freeze.class)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.killed()).isTrue();
            assertThat(f.cause()).contains("the event loop spun on step 'simmer'", "never yielded");
        });
        assertThat(of(Crash.class)).isEmpty();
        assertEveryOrderAccountedFor(6);
        assertNoChildLeft();
    }

    @Test
    void aChildThatWritesGarbageIsAFaultyKitchen() throws Exception {
        play(level(task("soup", 3, waitMs(1))), plan("soup", Model.THREAD, 1),
                ChildLauncher.of("dev.forkful.engine.SimpleChildMain", "garbage"));
        assertThat(of(Crash.class)).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).contains("bad output"));
        assertThat(of(OrderLost.class)).hasSize(3);
        assertEveryOrderAccountedFor(3);
    }

    @Test
    void aChildThatDiesAtStartEndsTheLevelAfterTheRebuildCap() throws Exception {
        play(level(task("soup", 3, waitMs(1))), plan("soup", Model.COROUTINE, 1),
                ChildLauncher.of("dev.forkful.engine.SimpleChildMain", "die"));
        assertThat(of(Crash.class)).hasSize(TaskFloor.MAX_REBUILDS + 1)
                .allSatisfy(c -> assertThat(c.kind()).isEqualTo("died at start: exit 3"));
        assertEveryOrderAccountedFor(3);
    }

    @Test
    void theTimeLimitLosesWhatIsUnfinished() throws Exception {
        play(level(Duration.ofMillis(300), Map.of(), task("soup", 4, waitMs(10_000))), plan("soup", Model.THREAD, 2));
        assertThat(of(OrderLost.class)).hasSize(4).allSatisfy(l -> assertThat(l.reason()).startsWith("time limit"));
        assertThat(events.getLast().atNanos()).isBetween(Duration.ofMillis(300).toNanos(), Duration.ofSeconds(3).toNanos());
        assertNoChildLeft();
    }

    @Test
    void processChefsTakeFromThePantryWithoutLosingUpdates() throws Exception {
        play(level(Duration.ofSeconds(20), Map.of("salt", 100L), task("soup", 40, fridge("salt", 1))),
                plan("soup", Model.PROCESS, 3));
        assertThat(of(Race.class)).isEmpty();
        assertThat(served()).isEqualTo(40);
        assertEveryOrderAccountedFor(40);
    }

    @Test
    void childrenReportStats() throws Exception {
        play(level(task("soup", 2, waitMs(400))), plan("soup", Model.THREAD, 2));
        boolean proc = java.nio.file.Files.exists(java.nio.file.Path.of("/proc/self/smaps_rollup"));
        assertThat(of(Stats.class)).isNotEmpty().allSatisfy(s -> {
            if (proc) {
                assertThat(s.rssBytes()).isGreaterThan(1 << 20);
                // a kitchen shares the JVM's code with the others and with this JVM: its share is below its resident set
                assertThat(s.pssBytes()).isPositive().isLessThan(s.rssBytes());
            } else {
                assertThat(s.pssBytes()).as("not measured here, and no stand-in").isEqualTo(-1);
            }
            assertThat(s.threads()).isGreaterThan(2);
        });
    }

    @Test
    void cancelLosesEverythingAndKillsTheKitchens() throws Exception {
        Level level = level(task("soup", 5, waitMs(30_000)));
        try (RunningLevel run = Engine.start(level, plan("soup", Model.PROCESS, 2), 7, e -> {
            events.add(e);
            if (e instanceof KitchenStarted k) {
                pids.add(k.pid());
            }
            }, ChildLauncher.of("dev.forkful.engine.SimpleChildMain"), () -> 1000)) {
            while (of(EngineEvent.StepStarted.class).size() < 2) {
                Thread.onSpinWait();
            }
            run.cancel();
            run.awaitEnd();
        }
        assertThat(of(OrderLost.class)).hasSize(5).allSatisfy(l -> assertThat(l.reason()).isEqualTo("cancelled"));
        assertEveryOrderAccountedFor(5);
        assertNoChildLeft();
    }
}
