package dev.forkful.level;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a task's {@code steps}: each one names itself, does exactly one thing (cpu, wait, block, or a
 * take from the fridge the level stocks), shorter than the time limit, and may carry a fault.
 */
final class StepReader {
    private static final Set<String> ACTIONS = LevelText.keys("cpu", "wait", "block", "fridge");
    private static final Set<String> STEP_KEYS = LevelText.keys("do", "cpu", "wait", "block", "fridge", "take", "fault",
            "chance", "hold", "pause");
    /** The most locks one step may hold. */
    static final int MAX_HOLD = 8;

    private final TomlTable.Sink sink;
    private final Duration timeLimit;
    private final Map<String, Long> fridge;

    StepReader(TomlTable.Sink sink, Duration timeLimit, Map<String, Long> fridge) {
        this.sink = sink;
        this.timeLimit = timeLimit;
        this.fridge = fridge;
    }

    /** Every step of {@code task}, or none when one of them is wrong (its problem is in the sink). */
    List<Step> steps(TomlTable task) {
        Optional<List<?>> list = task.array("steps", "[ { do = \"chop\", cpu = \"5ms\" } ]");
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.get().isEmpty()) {
            task.problem("steps", task.name() + " has no steps: give it at least one, e.g. { do = \"chop\", cpu = \"5ms\" }");
            return List.of();
        }
        if (list.get().size() > LevelLimits.MAX_STEPS) {
            task.problem("steps", "at most " + LevelLimits.MAX_STEPS + " steps per task");
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        boolean allRead = true;
        for (int j = 0; j < list.get().size(); j++) {
            String path = task.pathOf("steps") + "[" + j + "]";
            if (!(list.get().get(j) instanceof Map<?, ?> map)) {
                sink.add(path, "each step is an inline table, e.g. { do = \"chop\", cpu = \"5ms\" }, not "
                        + TomlTable.describe(list.get().get(j)));
                allRead = false;
                continue;
            }
            Map<String, Object> values = TomlTable.cast(map);
            String label = values.get("do") instanceof String name ? "step \"" + name + "\"" : "step " + (j + 1);
            Optional<Step> step = step(new TomlTable(sink, path, label + " of " + task.name(), values), label);
            step.ifPresent(steps::add);
            allRead &= step.isPresent();
        }
        return allRead ? steps : List.of();
    }

    private Optional<Step> step(TomlTable s, String label) {
        s.rejectUnknownKeys(STEP_KEYS);
        Optional<String> name = s.require("do", "= \"...\" (its name, e.g. do = \"chop\")")
                ? LevelText.nonBlank(s, "do", "\"chop\"") : Optional.empty();
        List<String> actions = s.keys().stream().filter(ACTIONS::contains).toList();
        Optional<Step.Action> action = Optional.empty();
        if (actions.isEmpty()) {
            if (ACTIONS.stream().noneMatch(s::misspelt)) {
                s.problem(null, label + " does nothing: give it one of cpu, wait, block or fridge");
            }
        } else if (actions.size() > 1) {
            s.problem(null, label + " does " + actions.size() + " things (" + String.join(" and ", actions)
                    + "); a step does exactly one: split it into " + actions.size() + " steps");
        } else {
            action = action(s, actions.get(0));
        }
        if (s.has("take") && !s.has("fridge")) {
            s.problem("take", "take needs fridge = \"<ingredient>\" in the same step");
        }
        if (s.has("pause") && !s.has("fridge")) {
            s.problem("pause", "pause needs fridge = \"<ingredient>\" in the same step: it is the pause between "
                    + "the fridge's read and its write");
        }
        Optional<Fault> fault = fault(s);
        Optional<List<String>> hold = hold(s);
        if (name.isEmpty() || action.isEmpty() || s.has("chance") && fault.isEmpty() || hold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step(name.get(), action.get(), fault, hold.get()));
    }

    private Optional<Step.Action> action(TomlTable s, String kind) {
        if (kind.equals("fridge")) {
            Optional<String> ingredient = s.string("fridge", "\"salt\"");
            long take = s.integer("take", 1, LevelLimits.MAX_FRIDGE_STOCK, "1").orElse(1);
            if (ingredient.isPresent() && !fridge.containsKey(ingredient.get())) {
                s.problem("fridge", fridge.isEmpty()
                        ? "fridge = \"" + ingredient.get() + "\" but the level has no [fridge]; add one with "
                                + ingredient.get() + " = <stock>"
                        : "the [fridge] has no \"" + ingredient.get() + "\"" + Suggest.didYouMean(ingredient.get(), fridge.keySet())
                                + " (it has " + String.join(", ", fridge.keySet()) + ")");
                return Optional.empty();
            }
            if (ingredient.isPresent() && take > fridge.get(ingredient.get())) {
                s.problem(s.has("take") ? "take" : "fridge", Plain.format("the step takes %,d %s but the [fridge] holds "
                        + "only %,d in all: it could never succeed; raise the stock or lower take", take, ingredient.get(),
                        fridge.get(ingredient.get())));
                return Optional.empty();
            }
            Optional<String> pause = s.string("pause", "\"wait\"");
            if (pause.isPresent() && !pause.get().equals("wait")) {
                s.problem("pause", "pause can only be \"wait\" (the take awaits between its read and its write), not \""
                        + pause.get() + "\"; leave it out for a pause that does not yield");
                return Optional.empty();
            }
            return ingredient.map(i -> new Step.Action.Fridge(i, take, pause.isPresent()));
        }
        Optional<Duration> time = s.duration(kind, LevelLimits.MAX_TIME_LIMIT);
        if (time.isPresent() && time.get().compareTo(timeLimit) >= 0) {
            s.problem(kind, kind + " = \"" + s.raw(kind) + "\" is not shorter than the time_limit ("
                    + Durations.format(timeLimit) + "): no order could finish");
            return Optional.empty();
        }
        return time.map(d -> switch (kind) {
            case "cpu" -> new Step.Action.Cpu(d);
            case "wait" -> new Step.Action.Wait(d);
            default -> new Step.Action.Block(d);
        });
    }

    /** The named locks, in the order they are taken: empty list when the step holds none, empty when wrong. */
    private static Optional<List<String>> hold(TomlTable s) {
        Optional<List<?>> list = s.array("hold", "[\"knife\", \"board\"]");
        if (list.isEmpty()) {
            return s.has("hold") ? Optional.empty() : Optional.of(List.of());
        }
        if (list.get().isEmpty() || list.get().size() > MAX_HOLD) {
            s.problem("hold", "hold names 1 to " + MAX_HOLD + " locks, e.g. hold = [\"knife\", \"board\"]");
            return Optional.empty();
        }
        List<String> locks = new ArrayList<>();
        for (Object lock : list.get()) {
            if (!(lock instanceof String name) || name.isBlank()) {
                s.problem("hold", "hold must list lock names in quotes, not " + TomlTable.describe(lock));
                return Optional.empty();
            }
            if (locks.contains(name)) {
                s.problem("hold", "lock \"" + name + "\" is held twice in one step");
                return Optional.empty();
            }
            locks.add(name);
        }
        return Optional.of(locks);
    }

    private static Optional<Fault> fault(TomlTable s) {
        OptionalDouble chance = s.number("chance", 0, 1, "0.1");
        if (!s.has("fault")) {
            if (s.has("chance")) {
                s.problem("chance", "chance needs a fault = \"...\" in the same step (exception, segfault or freeze)");
            }
            return Optional.empty();
        }
        List<String> kinds = Arrays.stream(Fault.Kind.values()).map(Fault.Kind::id).toList();
        return s.string("fault", "\"exception\"").flatMap(f -> {
            Optional<Fault.Kind> kind = Arrays.stream(Fault.Kind.values()).filter(k -> k.id().equals(f)).findFirst();
            if (kind.isEmpty()) {
                s.problem("fault", "unknown fault \"" + f + "\"" + Suggest.didYouMean(f, kinds)
                        + " (faults: " + String.join(", ", kinds) + ")");
                return Optional.empty();
            }
            if (s.has("chance") && chance.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Fault(kind.get(), chance.orElse(1.0)));
        });
    }
}
