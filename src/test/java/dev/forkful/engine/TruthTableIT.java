package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.forkful.level.Task;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each row of the truth table (DESIGN.md section 1), from the real game playing small levels
 * ({@code src/test/resources/levels-it}) and printing {@code run --json}.
 */
@Timeout(180)
class TruthTableIT {

    /** Cores kept busy on average: cpu time over wall time. */
    private static double parallelism(JsonObject score) {
        return score.get("cpu_ms").getAsDouble() / score.get("wall_ms").getAsDouble();
    }

    private static List<JsonObject> list(JsonObject score, String key) {
        return StreamSupport.stream(score.getAsJsonArray(key).spliterator(), false).map(JsonElement::getAsJsonObject).toList();
    }

    /** The first seed under which exactly one of the task's orders meets its fault. */
    private static long seedWithOneFault(String level) throws Exception {
        Task task = Game.load(level).tasks().getFirst();
        return LongStream.range(1, 10_000).filter(seed -> {
            FaultDice dice = new FaultDice(seed, task);
            return LongStream.range(0, task.orders()).filter(n -> dice.order(n).fault() != null).count() == 1;
        }).findFirst().orElseThrow();
    }

    /**
     * Parallelism can only be seen on cores that are free: on a machine already running more
     * than a core's worth of other work per core, these rows measure the neighbours instead.
     */
    private static void assumeIdleCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        assumeTrue(cores >= 2, "this row needs two cores");
        assumeTrue(load < cores, "the machine is too busy to measure parallelism (load " + load + " on " + cores + " cores)");
    }

    @Test
    void cpuWorkRunsInParallelUnderProcessesAndThreads() throws Exception {
        assumeIdleCores();
        assertThat(parallelism(Game.play("cpu", "dish=process:2"))).isGreaterThan(1.3);
        assertThat(parallelism(Game.play("cpu", "dish=thread:2"))).isGreaterThan(1.3);
    }

    @Test
    void cpuWorkDoesNotRunInParallelUnderACoroutineNorTheGil() throws Exception {
        assumeIdleCores();
        assertThat(parallelism(Game.play("cpu", "dish=coroutine"))).isLessThan(1.15);
        assertThat(parallelism(Game.play("cpu-gil", "dish=thread:2"))).isLessThan(1.15);
    }

    @Test
    void aSegfaultBurnsOneHouseUnderProcess() throws Exception {
        String seed = Long.toString(seedWithOneFault("segfault"));
        JsonObject s = Game.play("segfault", "dish=process:2", "--seed", seed);
        List<JsonObject> crashes = list(s, "crashes");
        assertThat(crashes).singleElement().satisfies(c -> {
            assertThat(c.get("dishes_lost").getAsInt()).isEqualTo(1);
            assertThat(c.get("exit_status").getAsInt()).isEqualTo(134); // SIGSEGV, then the JVM's abort()
            assertThat(c.get("kind").getAsString()).contains("SIGSEGV");
        });
        assertThat(s.get("served").getAsInt()).isEqualTo(7);
    }

    @Test
    void aSegfaultLosesEveryDishInASharedKitchen() throws Exception {
        String seed = Long.toString(seedWithOneFault("segfault"));
        for (String plan : List.of("dish=thread:4", "dish=coroutine")) {
            JsonObject s = Game.play("segfault", plan, "--seed", seed);
            assertThat(list(s, "crashes")).as(plan).singleElement()
                    .satisfies(c -> assertThat(c.get("dishes_lost").getAsInt()).isEqualTo(8));
            assertThat(s.get("served").getAsInt()).as(plan).isZero();
        }
    }

    @Test
    void aFreezeStopsACoroutineKitchen() throws Exception {
        String seed = Long.toString(seedWithOneFault("freeze"));
        JsonObject s = Game.play("freeze", "dish=coroutine", "--seed", seed);
        assertThat(list(s, "freezes")).singleElement().satisfies(f -> {
            assertThat(f.get("killed").getAsBoolean()).isTrue();
            assertThat(f.get("cause").getAsString()).contains("no heartbeat from the event loop");
        });
        assertThat(s.get("lost").getAsInt()).isGreaterThan(1);
    }

    @Test
    void aFreezeStopsOnlyOneThreadChef() throws Exception {
        String seed = Long.toString(seedWithOneFault("freeze"));
        JsonObject s = Game.play("freeze", "dish=thread:3", "--seed", seed);
        assertThat(list(s, "freezes")).singleElement().satisfies(f -> {
            assertThat(f.get("killed").getAsBoolean()).isFalse();
            assertThat(f.get("cause").getAsString()).contains("stuck");
        });
        assertThat(s.get("served").getAsInt()).isEqualTo(5);
        assertThat(list(s, "crashes")).isEmpty();
    }

    @Test
    void aBlockingCallStallsTheLoopButAWaitDoesNot() throws Exception {
        JsonObject blocked = Game.play("block", "dish=coroutine");
        assertThat(list(blocked, "freezes")).hasSize(10).allSatisfy(f -> {
            assertThat(f.get("killed").getAsBoolean()).isFalse();
            assertThat(f.get("stalled_ms").getAsLong()).isGreaterThanOrEqualTo(140);
        });
        assertThat(blocked.get("wall_ms").getAsLong()).isGreaterThanOrEqualTo(1400); // 10 x 150 ms, one at a time

        JsonObject awaited = Game.play("wait", "dish=coroutine");
        assertThat(list(awaited, "freezes")).isEmpty();
        assertThat(awaited.get("wall_ms").getAsLong()).isLessThan(1000);

        JsonObject threads = Game.play("block", "dish=thread:10");
        assertThat(list(threads, "freezes")).isEmpty();
        assertThat(threads.get("wall_ms").getAsLong()).isLessThan(1000);
    }

    @Test
    void withoutTheLockUpdatesAreLost() throws Exception {
        JsonObject s = Game.play("fridge", "dish=thread:4:nolock");
        assertThat(s.get("races").getAsLong()).isPositive();
        assertThat(s.get("served").getAsInt()).isEqualTo(400);
    }

    @Test
    void theLockTheLoopAndThePantryLoseNoUpdate() throws Exception {
        for (String plan : List.of("dish=thread:4", "dish=coroutine", "dish=process:2")) {
            JsonObject s = Game.play("fridge", plan);
            assertThat(s.get("races").getAsLong()).as(plan).isZero();
            assertThat(s.get("served").getAsInt()).as(plan).isEqualTo(400);
        }
    }
}
