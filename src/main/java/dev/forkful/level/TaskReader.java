package dev.forkful.level;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the level's {@code [[task]]} tables: ids used once, the orders under the level's cap, how they
 * arrive, which models may cook them and with how many workers; {@link StepReader} reads the steps.
 */
final class TaskReader {
    private static final Set<String> TASK_KEYS = LevelText.keys("id", "name", "orders", "arrive", "models", "max_workers",
            "steps");
    private static final Pattern EVERY_WITHOUT_SPACE = Pattern.compile("([a-z]+)\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zµ]*)");

    private final TomlTable.Sink sink;
    private final Duration timeLimit;
    private final StepReader steps;

    /** @param timeLimit and {@code fridge} as the level sets them, which the gaps and steps must fit */
    TaskReader(TomlTable.Sink sink, Duration timeLimit, Map<String, Long> fridge) {
        this.sink = sink;
        this.timeLimit = timeLimit;
        this.steps = new StepReader(sink, timeLimit, fridge);
    }

    /** The tasks read without a problem; the problems of the others are in the sink. */
    List<Task> tasks(TomlTable top) {
        List<Task> tasks = new ArrayList<>();
        if (!top.has("task")) {
            if (top.misspelt("task")) {
                return tasks;
            }
            sink.problems().add(new LevelProblem(sink.file(), 1,
                    "no [[task]]: a level needs at least one task (see levels/README.md)"));
            return tasks;
        }
        if (top.raw("task") instanceof Map<?, ?>) {
            top.problem("task", "write [[task]] with two brackets on each side: a level holds a list of tasks");
            return tasks;
        }
        Optional<List<?>> list = top.array("task", "[[task]]");
        if (list.isEmpty()) {
            return tasks;
        }
        if (list.get().size() > LevelLimits.MAX_TASKS) {
            sink.add("task[" + LevelLimits.MAX_TASKS + "]", "task number " + (LevelLimits.MAX_TASKS + 1)
                    + " is one too many: at most " + LevelLimits.MAX_TASKS + " tasks per level (this file has "
                    + list.get().size() + ")");
            return tasks;
        }
        Map<String, Integer> idLines = new HashMap<>();
        long totalOrders = 0;
        for (int i = 0; i < list.get().size(); i++) {
            String path = "task[" + i + "]";
            if (!(list.get().get(i) instanceof Map<?, ?> map)) {
                sink.add(path, "each task must be a [[task]] table");
                continue;
            }
            TomlTable t = new TomlTable(sink, path, "[[task]] number " + (i + 1), TomlTable.cast(map));
            Optional<Task> task = task(t);
            if (t.has("id") && map.get("id") instanceof String id) {
                Integer first = idLines.putIfAbsent(id, t.lineOf("id"));
                if (first != null) {
                    t.problem("id", "task id \"" + id + "\" is used twice (first on line " + first + ")");
                }
            }
            if (task.isPresent()) {
                totalOrders += task.get().orders();
                if (totalOrders > LevelLimits.MAX_ORDERS) {
                    t.problem("orders", Plain.format("the tasks so far order %,d dishes, over the cap of %,d per level",
                            totalOrders, LevelLimits.MAX_ORDERS));
                    totalOrders = Long.MIN_VALUE / 2; // report the cap once
                }
                tasks.add(task.get());
            }
        }
        return tasks;
    }

    private Optional<Task> task(TomlTable t) {
        TomlTable task = t.raw("id") instanceof String written && LevelText.isId(written)
                ? t.renamed("task \"" + written + "\"") : t;
        task.rejectUnknownKeys(TASK_KEYS);
        Optional<String> id = task.require("id", "= \"...\" (e.g. id = \"soup\")")
                ? LevelText.checkedId(task, "id") : Optional.empty();
        String name = LevelText.nonBlank(task, "name", "\"Tomato soup\"").orElse(id.orElse(""));
        OptionalLong orders = task.require("orders", "= ... (how many dishes to cook, e.g. orders = 20)")
                ? task.integer("orders", 1, LevelLimits.MAX_ORDERS, "20") : OptionalLong.empty();
        Arrival arrive = task.string("arrive", "\"all\"").flatMap(a -> arrival(task, a)).orElse(Arrival.ALL);
        List<Model> models = models(task);
        Map<Model, Integer> maxWorkers = maxWorkers(task, models);
        List<Step> read = task.require("steps", "= [ { do = \"chop\", cpu = \"5ms\" } ] (what each order goes through)")
                ? steps.steps(task) : List.of();
        if (id.isEmpty() || orders.isEmpty() || read.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Task(id.get(), name, (int) orders.getAsLong(), arrive, models, maxWorkers, read));
    }

    private Optional<Arrival> arrival(TomlTable t, String text) {
        String a = text.strip();
        if (a.equals("all")) {
            return Optional.of(Arrival.ALL);
        }
        if (a.equals("every")) {
            t.problem("arrive", "arrive = \"every\" needs the gap between orders, e.g. arrive = \"every 20ms\"");
            return Optional.empty();
        }
        if (a.startsWith("every ")) {
            return t.duration("arrive", a.substring(6), timeLimit, "arrive = \"" + text + "\"").map(Arrival::new);
        }
        t.problem("arrive", "arrive must be \"all\" or \"every <duration>\" (e.g. \"every 20ms\"), not \"" + text + "\""
                + everySuggestion(a).orElse(Suggest.didYouMean(a, List.of("all", "every"))));
        return Optional.empty();
    }

    /** {@code "every20"}, {@code "evry 20 ms"}: a gap written almost right, as {@code ; did you mean "every 20ms"?}. */
    static Optional<String> everySuggestion(String arrive) {
        Matcher m = EVERY_WITHOUT_SPACE.matcher(arrive.toLowerCase(Locale.ROOT));
        if (!m.matches() || Suggest.closest(m.group(1), List.of("every")).isEmpty()) {
            return Optional.empty();
        }
        String gap = m.group(2) + (m.group(3).isEmpty() ? "ms" : m.group(3));
        return Durations.parse(gap).map(d -> "; did you mean \"every " + gap + "\"?");
    }

    private static List<Model> models(TomlTable t) {
        List<String> known = Arrays.stream(Model.values()).map(Model::id).toList();
        Optional<List<?>> list = t.array("models", "[\"process\", \"thread\", \"coroutine\"]");
        if (list.isEmpty()) {
            return List.of(Model.values());
        }
        if (list.get().isEmpty()) {
            t.problem("models", "models cannot be empty: leave it out to allow all of " + String.join(", ", known));
            return List.of(Model.values());
        }
        Set<Model> models = new LinkedHashSet<>();
        for (Object m : list.get()) {
            if (!(m instanceof String s)) {
                t.problem("models", "models must list names in quotes, not " + TomlTable.describe(m));
                return List.of(Model.values());
            }
            Optional<Model> model = Model.byId(s);
            if (model.isEmpty()) {
                t.problem("models", "unknown model \"" + s + "\"" + Suggest.didYouMean(s, known)
                        + " (models: " + String.join(", ", known) + ")");
            } else if (!models.add(model.get())) {
                t.problem("models", "model \"" + s + "\" is listed twice");
            }
        }
        return models.isEmpty() ? List.of(Model.values()) : List.copyOf(models);
    }

    /**
     * A single number applies to every model, so the allowed model with the lowest cap sets its range
     * (64 as soon as process chefs are allowed); a table ({@code { thread = 2000, process = 8 }}) gives
     * each model that takes a worker count its own figure, under that model's own cap.
     */
    private static Map<Model, Integer> maxWorkers(TomlTable t, List<Model> models) {
        if (t.raw("max_workers") instanceof Map<?, ?>) {
            return maxWorkersPerModel(t.table("max_workers", "max_workers of " + t.name(), "").orElseThrow(), models);
        }
        OptionalLong n = t.integer("max_workers", Long.MIN_VALUE, Long.MAX_VALUE, "8 or { thread = 100, process = 8 }");
        if (n.isEmpty()) {
            return Task.sameFor(Task.DEFAULT_MAX_WORKERS);
        }
        // a loop, not Comparator.comparingInt: the JDK's lambda in it is made at run time, milliseconds of the first frame
        Model tightest = models.get(0);
        for (Model m : models) {
            tightest = LevelLimits.maxWorkers(m) < LevelLimits.maxWorkers(tightest) ? m : tightest;
        }
        return checkedCap(t, "max_workers", n.getAsLong(), tightest, "lower it, or leave \"" + tightest.id() + "\" out of models")
                .map(Task::sameFor).orElse(Task.sameFor(Task.DEFAULT_MAX_WORKERS));
    }

    private static Map<Model, Integer> maxWorkersPerModel(TomlTable table, List<Model> models) {
        Map<Model, Integer> caps = new EnumMap<>(Task.sameFor(Task.DEFAULT_MAX_WORKERS));
        List<String> counted = models.stream().filter(Model::takesWorkerCount).map(Model::id).toList();
        for (String key : table.keys()) {
            Optional<Model> model = Model.byId(key);
            if (model.isEmpty() || !models.contains(model.get())) {
                table.problem(key, "max_workers names \"" + key + "\", which is not one of this task's models"
                        + Suggest.didYouMean(key, counted) + " (it takes a count for: " + String.join(", ", counted) + ")");
            } else if (!model.get().takesWorkerCount()) {
                table.problem(key, "a " + key + " kitchen makes one unit per order and takes no worker count: leave "
                        + key + " out of max_workers");
            } else {
                table.integer(key, Long.MIN_VALUE, Long.MAX_VALUE, "8")
                        .ifPresent(n -> checkedCap(table, key, n, model.get(), "lower it")
                                .ifPresent(cap -> caps.put(model.get(), cap)));
            }
        }
        return caps;
    }

    /** {@code n} when it is from 1 to {@code model}'s cap; else a problem at {@code key}. */
    private static Optional<Integer> checkedCap(TomlTable t, String key, long n, Model model, String remedy) {
        int cap = LevelLimits.maxWorkers(model);
        if (n < 1) {
            t.problem(key, Plain.format("%s = %d is out of range: it must be from 1 to %,d (the cap for \"%s\")",
                    key, n, cap, model.id()));
            return Optional.empty();
        }
        if (n > cap) {
            t.problem(key, Plain.format("%s = %,d is over the cap of %,d for \"%s\"; %s", key, n, cap,
                    model.id(), remedy));
            return Optional.empty();
        }
        return Optional.of((int) n);
    }
}
