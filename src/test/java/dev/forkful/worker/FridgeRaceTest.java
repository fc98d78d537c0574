package dev.forkful.worker;

import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.WorkOrder;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static dev.forkful.worker.Recipes.fridge;
import static dev.forkful.worker.Recipes.fridgeSpec;
import static org.assertj.core.api.Assertions.assertThat;

/** The fridge audit: takes counted atomically against the stock that a read-pause-write left. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FridgeRaceTest {
    private static final int ORDERS = 300;
    private static final long STOCK = 10_000;

    @ParameterizedTest
    @CsvSource({"THREAD, 4", "VIRTUAL, 1"})
    void withoutTheLockChefsSharingAHeapLoseUpdates(Model model, int chefs) throws Exception {
        FridgeAudit salt = cook(model, chefs, false);
        assertThat(salt.taken()).isEqualTo(ORDERS);
        assertThat(salt.lostUpdates()).as("lost updates: %s", salt).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"THREAD, 4", "VIRTUAL, 1", "COROUTINE, 1"})
    void theLockAndTheLoopLoseNone(Model model, int chefs) throws Exception {
        boolean lock = model != Model.COROUTINE;
        FridgeAudit salt = cook(model, chefs, lock);
        assertThat(salt).isEqualTo(new FridgeAudit(STOCK, ORDERS, STOCK - ORDERS));
    }

    @ParameterizedTest
    @CsvSource({"THREAD, 4", "VIRTUAL, 1", "COROUTINE, 1"})
    void aTakeThatAwaitsLosesUpdatesWithoutTheLockEvenOnOneLoop(Model model, int chefs) throws Exception {
        FridgeAudit salt = cook(model, chefs, false, awaitingSalt());
        assertThat(salt.taken()).isEqualTo(ORDERS);
        assertThat(salt.lostUpdates()).as("lost updates: %s", salt).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"THREAD, 4", "VIRTUAL, 1", "COROUTINE, 1"})
    void aTakeThatAwaitsLosesNoneWithTheLock(Model model, int chefs) throws Exception {
        FridgeAudit salt = cook(model, chefs, true, awaitingSalt());
        assertThat(salt).isEqualTo(new FridgeAudit(STOCK, ORDERS, STOCK - ORDERS));
    }

    private static Step awaitingSalt() {
        return new Step("salt", new Step.Action.Fridge("salt", 1, true), Optional.empty());
    }

    private static FridgeAudit cook(Model model, int chefs, boolean lock) throws Exception {
        return cook(model, chefs, lock, fridge("salt", "salt", 1));
    }

    private static FridgeAudit cook(Model model, int chefs, boolean lock, Step take) throws Exception {
        RecordingReport report = new RecordingReport();
        try (Kitchen kitchen = Kitchens.create(fridgeSpec(model, chefs, lock, STOCK, List.of(take)),
                report, KitchensTest.noPantry())) {
            for (long id = 0; id < ORDERS; id++) {
                kitchen.submit(WorkOrder.clean(id));
            }
            kitchen.finish();
            report.awaitDone();
            assertThat(report.served).hasSize(ORDERS);
            return kitchen.audit().get("salt");
        }
    }
}
