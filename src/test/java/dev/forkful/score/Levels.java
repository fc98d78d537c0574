package dev.forkful.score;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.Plan;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Small levels built in code for the score's tests. */
final class Levels {
    static final List<Model> ALL = List.of(Model.values());

    private Levels() {
    }

    static Step cpu(long ms) {
        return new Step("chop", new Step.Action.Cpu(Duration.ofMillis(ms)), Optional.empty());
    }

    static Step waitStep(long ms) {
        return new Step("simmer", new Step.Action.Wait(Duration.ofMillis(ms)), Optional.empty());
    }

    static Step block(long ms) {
        return new Step("reheat", new Step.Action.Block(Duration.ofMillis(ms)), Optional.empty());
    }

    static Step salt() {
        return new Step("salt", new Step.Action.Fridge("salt", 1), Optional.of(new Fault(Fault.Kind.SEGFAULT, 0.01)));
    }

    static Task task(String id, int orders, Arrival arrive, List<Model> models, int maxWorkers, Step... steps) {
        return new Task(id, id, orders, arrive, models, maxWorkers, Arrays.asList(steps));
    }

    static Level level(boolean gil, List<Stars.Rule> rules, Task... tasks) {
        return new Level(Path.of("test.toml"), "test-level", "Test", 1, "", "", List.of(),
                new Kitchen(gil, Duration.ofSeconds(60), 1), Map.of("salt", 400L), Arrays.asList(tasks), new Stars(rules));
    }

    static Stars.Rule rule(String name, Double served, Double par, Integer crashes, Integer freezes) {
        return rule(name, served, par, crashes, freezes, null);
    }

    static Stars.Rule rule(String name, Double served, Double par, Integer crashes, Integer freezes, Long races) {
        return new Stars.Rule(name,
                served == null ? OptionalDouble.empty() : OptionalDouble.of(served),
                par == null ? OptionalDouble.empty() : OptionalDouble.of(par),
                crashes == null ? OptionalInt.empty() : OptionalInt.of(crashes),
                freezes == null ? OptionalInt.empty() : OptionalInt.of(freezes),
                races == null ? OptionalLong.empty() : OptionalLong.of(races));
    }

    static Plan plan(Object... taskModelWorkersLock) {
        Map<String, Assignment> map = new LinkedHashMap<>();
        for (int i = 0; i < taskModelWorkersLock.length; i += 4) {
            map.put((String) taskModelWorkersLock[i], new Assignment((Model) taskModelWorkersLock[i + 1],
                    (Integer) taskModelWorkersLock[i + 2], (Boolean) taskModelWorkersLock[i + 3]));
        }
        return new Plan(map);
    }
}
