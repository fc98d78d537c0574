package dev.forkful.engine;

import dev.forkful.level.Arrival;
import dev.forkful.level.Fault;
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

/** Levels built in code for the engine's tests. */
final class TestLevels {
    private TestLevels() {
    }

    static Level level(Duration timeLimit, Map<String, Long> fridge, Task... tasks) {
        return new Level(Path.of("test.toml"), "test", "Test", 0, "", "", List.of(),
                new Kitchen(false, timeLimit, 7), fridge, List.of(tasks), new Stars(List.of()));
    }

    static Level level(Task... tasks) {
        return level(Duration.ofSeconds(20), Map.of(), tasks);
    }

    static Task task(String id, int orders, Step... steps) {
        return new Task(id, id, orders, Arrival.ALL, List.of(Model.values()), 8, List.of(steps));
    }

    static Step cpu(long ms) {
        return new Step("chop", new Step.Action.Cpu(Duration.ofMillis(ms)), Optional.empty());
    }

    static Step waitMs(long ms) {
        return new Step("simmer", new Step.Action.Wait(Duration.ofMillis(ms)), Optional.empty());
    }

    static Step fridge(String ingredient, long take) {
        return new Step("salt", new Step.Action.Fridge(ingredient, take), Optional.empty());
    }

    static Step faulty(Step step, Fault.Kind kind, double chance) {
        return new Step(step.name(), step.action(), Optional.of(new Fault(kind, chance)));
    }

    static Plan plan(String task, Model model, int workers) {
        return new Plan(Map.of(task, new Assignment(model, workers, true)));
    }
}
