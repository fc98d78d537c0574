package dev.forkful.engine;

import static dev.forkful.engine.TestLevels.level;
import static dev.forkful.engine.TestLevels.task;
import static dev.forkful.engine.TestLevels.waitMs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forkful.level.Arrival;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanParserTest {
    private final Task soup = new Task("soup", "Soup", 10, Arrival.ALL, List.of(Model.THREAD, Model.COROUTINE, Model.PROCESS),
            8, List.of(waitMs(1)));
    private final Level level = level(soup, task("bread", 10, waitMs(1)));

    @Test
    void readsModelsCountsAndNolock() throws PlanException {
        Plan p = PlanParser.parse(level, List.of("soup=process:4", "bread=thread:8:nolock"));
        assertThat(p.assignments().get("soup")).isEqualTo(new Assignment(Model.PROCESS, 4, true));
        assertThat(p.assignments().get("bread")).isEqualTo(new Assignment(Model.THREAD, 8, false));
        assertThat(p).hasToString("soup=process:4 bread=thread:8:nolock");
    }

    @Test
    void aTaskLeftOutGetsItsFirstModelWithOneWorker() throws PlanException {
        Plan p = PlanParser.parse(level, List.of("bread=coroutine"));
        assertThat(p.assignments().get("soup")).isEqualTo(new Assignment(Model.THREAD, 1, true));
        assertThat(p.assignments().keySet()).containsExactly("soup", "bread");
        assertThat(PlanParser.defaults(level).assignments().get("bread").model()).isEqualTo(Model.PROCESS);
    }

    @Test
    void nolockNeedsNoCount() throws PlanException {
        assertThat(PlanParser.parse(level, List.of("bread=virtual:nolock")).assignments().get("bread"))
                .isEqualTo(new Assignment(Model.VIRTUAL, 1, false));
    }

    @Test
    void unknownTaskAndModelSuggestTheClosest() {
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("sop=thread")))
                .hasMessageContaining("no task 'sop'").hasMessageContaining("did you mean \"soup\"");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup=thred")))
                .hasMessageContaining("no model 'thred'").hasMessageContaining("did you mean \"thread\"");
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
                .hasMessageContaining("takes no count").hasMessageContaining("write soup=coroutine");
    }

    @Test
    void malformedSpecsSayHowToWriteThem() {
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup"))).hasMessageContaining("TASK=MODEL");
        assertThatThrownBy(() -> PlanParser.parse(level, List.of("soup=thread:4:nolok")))
                .hasMessageContaining("'nolok'").hasMessageContaining("did you mean \"nolock\"");
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
