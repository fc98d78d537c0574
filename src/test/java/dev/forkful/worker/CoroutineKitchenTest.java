package dev.forkful.worker;

import dev.forkful.level.Fault;
import dev.forkful.level.Model;
import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.WorkOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import static dev.forkful.worker.Recipes.block;
import static dev.forkful.worker.Recipes.cpu;
import static dev.forkful.worker.Recipes.spec;
import static dev.forkful.worker.Recipes.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CoroutineKitchenTest {

    @Test
    void tenThousandOrdersWaitTogetherNotOneAfterAnother() throws Exception {
        RecordingReport report = new RecordingReport();
        long start = System.nanoTime();
        try (Kitchen kitchen = Kitchens.create(spec(Model.COROUTINE, 1, List.of(waitFor("simmer", 10))),
                report, KitchensTest.noPantry())) {
            for (long id = 0; id < 10_000; id++) {
                kitchen.submit(WorkOrder.clean(id));
            }
            kitchen.finish();
            report.awaitDone();
        }
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(report.served).hasSize(10_000);
        // one after another they would wait 100 s; the bound is loose because the machine is shared
        assertThat(wallMillis).as("wall ms").isLessThan(20_000);
    }

    @Test
    void aBurstHandedOverAtOnceIsCookedWholeWithItsFaults() throws Exception {
        RecordingReport report = new RecordingReport();
        try (Kitchen kitchen = Kitchens.create(spec(Model.COROUTINE, 1, List.of(waitFor("simmer", 2))),
                report, KitchensTest.noPantry())) {
            List<WorkOrder> burst = new ArrayList<>();
            for (long id = 0; id < 2_000; id++) {
                burst.add(id == 7 ? new WorkOrder(id, 0, Fault.Kind.EXCEPTION) : WorkOrder.clean(id));
            }
            kitchen.submitAll(burst.subList(0, 1_000));
            kitchen.submitAll(burst.subList(1_000, 2_000));
            kitchen.finish();
            report.awaitDone();
        }
        assertThat(report.served).hasSize(1_999).doesNotContainKey(7L);
        assertThat(report.lost).singleElement().satisfies(lost -> assertThat(lost.order()).isEqualTo(7));
    }

    @Test
    void aBlockingCallStallsTheWholeLoopAndIsReportedWithItsCause() throws Exception {
        RecordingReport report = new RecordingReport();
        long start = System.nanoTime();
        try (Kitchen kitchen = Kitchens.create(spec(Model.COROUTINE, 1,
                List.of(waitFor("simmer", 1), block("reheat", 150))), report, KitchensTest.noPantry())) {
            kitchen.submit(WorkOrder.clean(1));
            kitchen.submit(WorkOrder.clean(2));
            kitchen.finish();
            report.awaitDone();
        }
        long wall = System.nanoTime() - start;
        assertThat(report.served).containsOnlyKeys(1L, 2L);
        assertThat(report.stalls).hasSize(2).allSatisfy(stall -> {
            assertThat(stall.step()).isEqualTo(1);
            assertThat(stall.nanos()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
            assertThat(stall.cause()).startsWith("blocking call 'reheat' (150ms) held the event loop for ");
        });
        // the two blocking calls ran one after the other on the loop thread, which slept through them:
        // the monitor's heartbeats name the loop on the blocking step, with next to no CPU there
        assertThat(wall).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
        List<ChefState> onTheBlock = report.beats.stream().flatMap(b -> b.chefs().stream())
                .filter(c -> c.step() == 1 && c.cpuNanos() >= 0).toList();
        assertThat(onTheBlock).isNotEmpty().allSatisfy(c ->
                assertThat(c.cpuNanos()).isLessThan(TimeUnit.MILLISECONDS.toNanos(30)));
    }

    @BeforeAll
    static void warmUpTheWorkAndLinkTheNativeCall() {
        Calibration.measureWorkPerMs();
        Blocking.prepare();
    }

    @Test
    void aShortStepIsNoStall() throws Exception {
        RecordingReport report = new RecordingReport();
        try (Kitchen kitchen = Kitchens.create(spec(Model.COROUTINE, 1, List.of(block("reheat", 20), cpu("chop", 20))),
                report, KitchensTest.noPantry())) {
            kitchen.submit(WorkOrder.clean(1));
            kitchen.finish();
            report.awaitDone();
        }
        assertThat(report.served).containsOnlyKeys(1L);
        assertThat(report.stalls).isEmpty();
    }

    /**
     * A busy machine takes the core away in mid-step: the wall clock runs on, the loop thread's CPU
     * clock does not. A cpu step is a stall by the work it did, a blocking call by the time it slept.
     */
    @Test
    void aStallIsJudgedByTheStepsOwnTimeNotByTimeTheMachineTookAway() {
        FakeTime time = new FakeTime(TimeUnit.MILLISECONDS.toNanos(300));
        RecordingReport report = new RecordingReport();
        CoroutineKitchen kitchen = new CoroutineKitchen("t", List.of(cpu("chop", 5), cpu("knead", 150), block("reheat", 120),
                block("rinse", 5)), report, new LocalFridge(java.util.Map.of(), false), true, time.stove(), time.clock(), time::threadCpu);
        kitchen.submit(WorkOrder.clean(1));
        kitchen.finish();
        kitchen.runLoop();

        assertThat(report.served).containsOnlyKeys(1L);
        assertThat(report.stalls).extracting(RecordingReport.Stall::step).containsExactly(1, 2);
        assertThat(report.stalls.get(0).nanos()).as("the loop was held for the wall time").isEqualTo(TimeUnit.MILLISECONDS.toNanos(450));
        assertThat(report.stalls.get(0).cause()).isEqualTo("cpu step 'knead' (150ms) held the event loop for 450ms");
    }

    /**
     * Two orders of chop 5 ms, simmer 20 ms, knead 10 ms on one loop: each record says when its steps
     * held the loop and when it simmered, one step after another; a step that waited ends when its order resumes.
     */
    @Test
    void eachServedOrderSaysWhenItsStepsRanOneAfterAnother() {
        FakeTime time = new FakeTime(0);
        RecordingReport report = new RecordingReport();
        CoroutineKitchen kitchen = new CoroutineKitchen("t", List.of(cpu("chop", 5), waitFor("simmer", 20), cpu("knead", 10)),
                report, new LocalFridge(java.util.Map.of(), false), true, time.stove(), time.clock(), time::threadCpu);
        kitchen.submit(WorkOrder.clean(1));
        kitchen.submit(WorkOrder.clean(2));
        kitchen.finish();
        kitchen.runLoop();

        // [start, then per step: lock wait, from holding to the end, GIL wait], in microseconds
        assertThat(report.records.get(1L)).containsExactly(0, 0, 5_000, 0, 0, 20_000, 0, 0, 10_000, 0);
        // order 2 began at 5 ms, chopped to 10 ms and simmered until 30 ms, but resumed at 35: the loop kneaded order 1 first
        assertThat(report.records.get(2L)).containsExactly(5_000, 0, 5_000, 0, 0, 25_000, 0, 0, 10_000, 0);
    }

    /** An order lost to an exception in its second step tells how far it got: the third step takes no time. */
    @Test
    void aLostOrderSaysHowFarItGot() {
        FakeTime time = new FakeTime(0);
        RecordingReport report = new RecordingReport();
        CoroutineKitchen kitchen = new CoroutineKitchen("t", List.of(cpu("chop", 5), waitFor("simmer", 20), cpu("knead", 10)),
                report, new LocalFridge(java.util.Map.of(), false), true, time.stove(), time.clock(), time::threadCpu);
        kitchen.submit(new WorkOrder(1, 1, dev.forkful.level.Fault.Kind.EXCEPTION));
        kitchen.finish();
        kitchen.runLoop();

        assertThat(report.lost).extracting(RecordingReport.Lost::order).containsExactly(1L);
        assertThat(report.records.get(1L)).containsExactly(0, 0, 5_000, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void anIdleLoopStillSendsHeartbeatsAndCloseStopsIt() throws Exception {
        RecordingReport report = new RecordingReport();
        Kitchen kitchen = Kitchens.create(spec(Model.COROUTINE, 1, List.of(waitFor("simmer", 1))),
                report, KitchensTest.noPantry());
        while (report.beats.size() < 3) {
            Thread.onSpinWait();
        }
        kitchen.close();
        assertThat(report.beats).allSatisfy(beat -> assertThat(beat.pending()).isZero());
        assertThat(report.doneCalls.get()).isZero();
    }
}
