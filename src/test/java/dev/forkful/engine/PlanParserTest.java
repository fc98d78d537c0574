package dev.forkful.engine;

import static dev.forkful.engine.TestLevels.fridge;
import static dev.forkful.engine.TestLevels.level;
import static dev.forkful.engine.TestLevels.task;
import static dev.forkful.engine.TestLevels.waitMs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forkful.level.Arrival;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Task;
import dev.forkful.level.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanParserTest {
    private final Task soup = new Task("soup", "Soup", 10, Arrival.ALL, List.of(Model.THREAD, Model.COROUTINE, Model.PROCESS),
            8, List.of(waitMs(1)));
    private final Level level = level(soup, task("bread", 10, waitMs(1)), task("stew", 10, fridge("salt", 1)));

    @Test
    void readsModelsCountsAndNolock() throws PlanException {
        Plan p = PlanParser.parse(level, List.of("soup=process:4", "stew=thread:8:nolock"));
        assertThat(p.assignments().get("soup")).isEqualTo(new Assignment(Model.PROCESS, 4, true));
        assertThat(p.assignments().get("stew")).isEqualTo(new Assignment(Model.THREAD, 8, false));
        assertThat(p).hasToString("soup=process:4 bread=process:1 stew=thread:8:nolock");
    }

    @Test
    void thePrintedPlanReadsBackToTheSamePlan() throws PlanException {
        for (List<String> specs : List.of(List.of("soup=coroutine", "bread=virtual", "stew=virtual:nolock"),
                List.of("soup=thread:3", "bread=process:2", "stew=thread:2:nolock"), List.<String>of())) {
            Plan p = PlanParser.parse(level, specs);
            assertThat(p.toString()).doesNotContain("coroutine:", "virtual:1");
            assertThat(PlanParser.parse(level, List.of(p.toString().split(" ")))).as(p.toString()).isEqualTo(p);
        }
    }

    @Test
    void aTaskLeftOutGetsItsFirstModelWithOneWorker() throws PlanException {
        Plan p = PlanParser.parse(level, List.of("bread=coroutine"));
        assertThat(p.assignments().get("soup")).isEqualTo(new Assignment(Model.THREAD, 1, true));
        assertThat(p.assignments().keySet()).containsExactly("soup", "bread", "stew");
        assertThat(PlanParser.defaults(level).assignments().get("bread").model()).isEqualTo(Model.PROCESS);
    }

    @Test
    void nolockNeedsNoCount() throws PlanException {
        assertThat(PlanParser.parse(level, List.of("stew=virtual:nolock")).assignments().get("stew"))
                .isEqualTo(new Assignment(Model.VIRTUAL, 1, false));
    }

    @Test
    void nolockIsRefusedWhereThereIsNoLockToDrop() {
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("stew=process:2:nolock")))
                .hasMessage("plan \"stew=process:2:nolock\": nolock means nothing here: each house has its own memory; "
                        + "the fridge is in the pantry, reached over IPC: there is no lock to drop");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("stew=coroutine:nolock")))
                .hasMessageContaining("nothing else runs between read and write on the loop: there is no lock to drop");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("bread=thread:2:nolock")))
                .hasMessageEndingWith("task \"bread\" never opens the fridge");
    }

    @Test
    void nolockDropsACoroutineKitchensLockWhenATakeAwaits() throws PlanException {
        Task spice = task("spice", 10, new Step("spice", new Step.Action.Fridge("salt", 1, true), Optional.empty()));

        assertThat(PlanParser.parse(level(spice), List.of("spice=coroutine:nolock")).assignments().get("spice").lock())
                .isFalse();
    }

    @Test
    void maxWorkersIsEachModelsOwn() throws PlanException {
        Task rush = new Task("rush", "Rush", 10, Arrival.ALL, List.of(Model.THREAD, Model.PROCESS),
                Map.of(Model.THREAD, 2000, Model.PROCESS, 8), List.of(waitMs(1)));

        assertThat(PlanParser.parse(level(rush), List.of("rush=thread:2000")).assignments().get("rush").workers())
                .isEqualTo(2000);
        assertThatThrownBy(() -> PlanParser.parse(level(rush), List.of("rush=process:9")))
                .hasMessageContaining("at most 8 process workers");
    }

    @Test
    void unknownTaskAndModelSuggestTheClosest() {
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("sop=thread")))
                .hasMessage("plan \"sop=thread\": level \"test\" has no task \"sop\" (tasks: soup, bread, stew); "
                        + "did you mean \"soup\"?");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup=thred")))
                .hasMessageContaining("no model \"thred\"").hasMessageEndingWith("; did you mean \"thread\"?");
    }

    @Test
    void everyProblemIsReportedOnItsOwnLine() {
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("sop=thread", "bread=thred")))
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(2));
    }

    @Test
    void aModelTheLevelDoesNotAllowIsRefused() {
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup=virtual")))
                .hasMessageContaining("cannot use virtual").hasMessageContaining("allowed: thread, coroutine, process");
    }

    @Test
    void workersAboveMaxWorkersAreRefused() {
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup=thread:9")))
                .hasMessageContaining("at most 8 thread workers");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup=thread:0"))).hasMessageContaining("at least 1");
    }

    @Test
    void aCountForACoroutineOrVirtualKitchenIsRefused() {
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup=coroutine:4")))
                .hasMessage("plan \"soup=coroutine:4\": a coroutine kitchen takes no count: it runs one event loop "
                        + "with a coroutine per order; write soup=coroutine");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("bread=virtual:2")))
                .hasMessageContaining("one virtual thread per order; write bread=virtual");
    }

    @Test
    void aCountOfOneForACoroutineOrVirtualKitchenIsWhatItIsAnyway() throws PlanException {
        assertThat(PlanParser.parse(level, List.of("soup=coroutine:1", "stew=virtual:1:nolock")))
                .isEqualTo(PlanParser.parse(level, List.of("soup=coroutine", "stew=virtual:nolock")));
    }

    @Test
    void malformedSpecsSayHowToWriteThem() {
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup"))).hasMessageContaining("TASK=MODEL");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup=thread:4:nolok")))
                .hasMessage("plan \"soup=thread:4:nolok\": \"nolok\" is neither a worker count nor nolock "
                        + "(write TASK=MODEL[:N][:nolock]); did you mean \"nolock\"?");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("stew=thread:nolock:4")))
                .hasMessageContaining("\"4\" is out of place: the count comes first");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup=thread", "soup=process")))
                .hasMessageContaining("planned twice");
    }

    @Test
    void thePlanAsAWholeMustFitTheProcessCap() {
        Task[] tasks = new Task[9];
        List<String> specs = new java.util.ArrayList<>();
        for (int i = 0; i < tasks.length; i++) {
            tasks[i] = task("t" + i, 1, waitMs(1));
            specs.add("t" + i + "=process:8");
        }
        assertThatThrownBy(() -> PlanParser.parse(level(tasks), specs)).hasMessageContaining("72 processes in all, the most is 64");
    }
}
