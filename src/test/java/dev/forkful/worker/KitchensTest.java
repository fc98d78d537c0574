package dev.forkful.worker;

import dev.forkful.level.Fault;
import dev.forkful.level.Model;
import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.WorkOrder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static dev.forkful.worker.Recipes.block;
import static dev.forkful.worker.Recipes.cpu;
import static dev.forkful.worker.Recipes.fridge;
import static dev.forkful.worker.Recipes.spec;
import static dev.forkful.worker.Recipes.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KitchensTest {

    @ParameterizedTest
    @EnumSource(Model.class)
    void everyModelServesEveryOrderAndSaysDoneOnce(Model model) throws Exception {
        RecordingReport report = new RecordingReport();
        try (Kitchen kitchen = Kitchens.create(spec(model, 3,
                List.of(cpu("chop", 1), waitFor("simmer", 5), block("reheat", 1))), report, noPantry())) {
            for (long id = 0; id < 40; id++) {
                kitchen.submit(WorkOrder.clean(id));
            }
            kitchen.finish();
            report.awaitDone();
            assertThat(report.served).hasSize(40).allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
            assertThat(report.lost).isEmpty();
            assertThat(report.stepsStarted.get()).isEqualTo(40 * 3);
            assertThat(report.doneCalls.get()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void anExceptionLosesThatDishOnlyAndTheKitchenGoesOn(Model model) throws Exception {
        RecordingReport report = new RecordingReport();
        try (Kitchen kitchen = Kitchens.create(spec(model, 2, List.of(cpu("chop", 1), waitFor("simmer", 2))),
                report, noPantry())) {
            for (long id = 0; id < 20; id++) {
                kitchen.submit(id == 7 ? new WorkOrder(id, 1, Fault.Kind.EXCEPTION) : WorkOrder.clean(id));
            }
            kitchen.finish();
            report.awaitDone();
            assertThat(report.served).hasSize(19).doesNotContainKey(7L);
            assertThat(report.lost).singleElement().satisfies(lost -> {
                assertThat(lost.order()).isEqualTo(7);
                assertThat(lost.reason()).contains("exception").contains("simmer");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void finishWithNothingSubmittedIsDoneAtOnce(Model model) throws Exception {
        RecordingReport report = new RecordingReport();
        try (Kitchen kitchen = Kitchens.create(spec(model, 1, List.of(cpu("chop", 1))), report, noPantry())) {
            kitchen.finish();
            report.awaitDone();
            assertThat(report.served).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = {"THREAD", "VIRTUAL", "COROUTINE"})
    void theStockRunningOutLosesTheDish(Model model) throws Exception {
        RecordingReport report = new RecordingReport();
        try (Kitchen kitchen = Kitchens.create(Recipes.fridgeSpec(model, 2, true, 5,
                List.of(fridge("salt", "salt", 1))), report, noPantry())) {
            for (long id = 0; id < 8; id++) {
                kitchen.submit(WorkOrder.clean(id));
            }
            kitchen.finish();
            report.awaitDone();
            assertThat(report.served).hasSize(5);
            assertThat(report.lost).hasSize(3).allSatisfy(lost -> assertThat(lost.reason()).isEqualTo("out of salt"));
            assertThat(kitchen.audit()).containsEntry("salt", new FridgeAudit(5, 5, 0));
        }
    }

    @org.junit.jupiter.api.Test
    void processChefsTakeFromThePantry() throws Exception {
        RecordingReport report = new RecordingReport();
        long[] pantryStock = {3};
        Pantry pantry = (ingredient, amount) -> {
            synchronized (pantryStock) {
                long taken = Math.min(amount, pantryStock[0]);
                pantryStock[0] -= taken;
                return taken;
            }
        };
        KitchenSpec spec = new KitchenSpec("soup", Model.PROCESS, 1, false, true,
                List.of(fridge("salt", "salt", 1)), Recipes.WORK_PER_MS, true, Map.of());
        try (Kitchen kitchen = Kitchens.create(spec, report, pantry)) {
            for (long id = 0; id < 5; id++) {
                kitchen.submit(WorkOrder.clean(id));
            }
            kitchen.finish();
            report.awaitDone();
            assertThat(report.served).hasSize(3);
            assertThat(report.lost).hasSize(2);
            assertThat(kitchen.audit()).isEmpty();
            assertThat(pantryStock[0]).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void closeReturnsWhileAChefIsInABlockingCall(Model model) throws Exception {
        RecordingReport report = new RecordingReport();
        Kitchen kitchen = Kitchens.create(spec(model, 1, List.of(block("reheat", 3_000))), report, noPantry());
        kitchen.submit(WorkOrder.clean(1));
        while (report.stepsStarted.get() == 0) {
            Thread.onSpinWait();
        }
        kitchen.close();
        assertThat(report.served).isEmpty();
    }

    static Pantry noPantry() {
        return (ingredient, amount) -> {
            throw new AssertionError("this kitchen has its own fridge");
        };
    }
}
