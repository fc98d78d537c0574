package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskReaderTest {
    private static List<Task> tasks(ParsedToml toml) {
        return new TaskReader(toml.sink(), Duration.ofSeconds(1), Map.of()).tasks(toml.top());
    }

    /** A [[task]] of one order and one step, with {@code more} keys after its id. */
    private static String task(String id, String more) {
        return "[[task]]\nid = \"" + id + "\"\n" + more + "orders = 1\nsteps = [ { do = \"chop\", cpu = \"5ms\" } ]\n";
    }

    @Test
    void readsEveryTaskWithItsArrivalModelsAndWorkers() {
        ParsedToml toml = ParsedToml.of(task("soup", "arrive = \"every 20ms\"\nmodels = [\"thread\"]\nmax_workers = 4\n")
                + task("bread", ""));

        List<Task> tasks = tasks(toml);

        assertThat(toml.problems()).isEmpty();
        assertThat(tasks).extracting(Task::id).containsExactly("soup", "bread");
        assertThat(tasks.get(0).arrive()).isEqualTo(new Arrival(Duration.ofMillis(20)));
        assertThat(tasks.get(0).models()).containsExactly(Model.THREAD);
        assertThat(tasks.get(0).maxWorkers(Model.THREAD)).isEqualTo(4);
        assertThat(tasks.get(1).arrive()).isEqualTo(Arrival.ALL);
        assertThat(tasks.get(1).models()).containsExactly(Model.values());
    }

    @Test
    void namesAnIdUsedTwiceAtItsSecondLine() {
        ParsedToml toml = ParsedToml.of(task("soup", "") + task("soup", ""));

        tasks(toml);

        assertThat(toml.problems()).containsExactly("6: task id \"soup\" is used twice (first on line 2)");
    }

    @Test
    void capsTheWorkersByTheTightestModelAllowed() {
        ParsedToml toml = ParsedToml.of(task("soup", "max_workers = 100000\n"));

        assertThat(tasks(toml)).extracting(t -> t.maxWorkers(Model.PROCESS)).containsExactly(Task.DEFAULT_MAX_WORKERS);
        assertThat(toml.problems()).singleElement().asString()
                .startsWith("3: max_workers = 100,000 is over the cap of ")
                .endsWith("out of models");
    }

    @Test
    void givesEachModelItsOwnWorkerCapFromATable() {
        ParsedToml toml = ParsedToml.of(task("soup", "models = [\"thread\", \"process\", \"coroutine\"]\n"
                + "max_workers = { thread = 2000, process = 8 }\n"));

        Task soup = tasks(toml).get(0);

        assertThat(toml.problems()).isEmpty();
        assertThat(soup.maxWorkers(Model.THREAD)).isEqualTo(2000);
        assertThat(soup.maxWorkers(Model.PROCESS)).isEqualTo(8);
        assertThat(soup.maxWorkers(Model.COROUTINE)).isEqualTo(1);
    }

    @Test
    void capsEachModelOfATableByItsOwnCapAndRefusesModelsWithoutACount() {
        ParsedToml toml = ParsedToml.of(task("soup", "models = [\"thread\", \"process\", \"coroutine\"]\n"
                + "max_workers = { thread = 2000, process = 65, coroutine = 4, virtual = 2 }\n"));

        Task soup = tasks(toml).get(0);

        assertThat(soup.maxWorkers(Model.THREAD)).isEqualTo(2000);
        assertThat(soup.maxWorkers(Model.PROCESS)).isEqualTo(Task.DEFAULT_MAX_WORKERS);
        assertThat(toml.problems()).containsExactlyInAnyOrder(
                "4: process = 65 is over the cap of 64 for \"process\"; lower it",
                "4: a coroutine kitchen makes one unit per order and takes no worker count: leave coroutine out of max_workers",
                "4: max_workers names \"virtual\", which is not one of this task's models (it takes a count for: thread, process)");
    }

    @Test
    void suggestsTheGapWrittenAlmostRight() {
        assertThat(TaskReader.everySuggestion("evry 20 ms")).contains("; did you mean \"every 20ms\"?");
        assertThat(TaskReader.everySuggestion("every20")).contains("; did you mean \"every 20ms\"?");
        assertThat(TaskReader.everySuggestion("sometimes 20ms")).isEmpty();
        assertThat(TaskReader.everySuggestion("all")).isEmpty();
    }
}
