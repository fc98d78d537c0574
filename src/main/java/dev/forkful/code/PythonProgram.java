package dev.forkful.code;

import dev.forkful.level.Durations;
import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import dev.forkful.level.Visible;
import dev.forkful.protocol.WorkOrder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * The plan as a Python program: {@code python/program.py} with the runner of each model the plan
 * uses ({@code threads.py}, {@code processes.py}, {@code coroutines.py}), the seeded faults when asked
 * ({@code faults.py}), and each task's recipe written out step by step from {@code steps.properties}:
 * a plain function for chefs that block, a coroutine for an event loop.
 */
final class PythonProgram {
    private static final Properties STEPS = Template.properties("python/steps.properties");
    private static final String INDENT = "    ";

    private PythonProgram() {
    }

    static String write(Order order) {
        Map<String, String> holes = new HashMap<>();
        holes.put("header", Header.of(order, Lang.PYTHON).stripTrailing());
        holes.put("time_limit", Literals.seconds(order.level().kitchen().timeLimit()));
        holes.put("fridge", fridge(order));
        holes.put("faults", order.anyStruck() ? Template.program("python/faults.py").fill(Map.of()) + faultTable(order) : "");
        StringBuilder runners = new StringBuilder();
        StringJoiner kitchens = new StringJoiner(", ", "{", "}");
        order.kitchens().forEach(m -> runners.append(Template.program("python/" + runnerFile(m)).fill(Map.of())));
        for (Model m : order.models()) {
            kitchens.add(Literals.string(m.id(), Lang.PYTHON) + ": cook_in_" + runnerFile(m).replace(".py", ""));
        }
        holes.put("runners", runners.toString());
        holes.put("kitchens", kitchens.toString());
        StringBuilder cooks = new StringBuilder();
        StringBuilder tasks = new StringBuilder();
        for (Task task : order.level().tasks()) {
            cooks.append(cook(order, task));
            tasks.append('\n').append(INDENT).append(taskEntry(order, task)).append(',');
        }
        holes.put("cooks", cooks.toString());
        holes.put("tasks", tasks.toString());
        return Template.program("python/program.py").fill(holes);
    }

    private static String runnerFile(Model model) {
        return switch (model) {
            case PROCESS -> "processes.py";
            case THREAD, VIRTUAL -> "threads.py";
            case COROUTINE -> "coroutines.py";
        };
    }

    private static String fridge(Order order) {
        StringJoiner f = new StringJoiner(", ", "{", "}");
        order.level().fridge().forEach((ingredient, stock) -> f.add(Literals.string(ingredient, Lang.PYTHON) + ": " + stock));
        return f.toString();
    }

    private static String faultTable(Order order) {
        StringJoiner tasks = new StringJoiner(", ", "\n\nFAULTS = {", "}  # task -> order -> (step, fault), from the level's seed\n");
        for (Task task : order.level().tasks()) {
            StringJoiner struck = new StringJoiner(", ", "{", "}");
            for (Map.Entry<Long, WorkOrder> e : order.struck(task).entrySet()) {
                struck.add(e.getKey() + ": (" + e.getValue().faultStep() + ", \"" + e.getValue().fault().id() + "\")");
            }
            tasks.add(Literals.string(task.id(), Lang.PYTHON) + ": " + struck);
        }
        return tasks.toString();
    }

    private static String taskEntry(Order order, Task task) {
        Model model = order.assignment(task).model();
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("name", Literals.string(task.id(), Lang.PYTHON));
        entry.put("plan", Literals.string(order.assignment(task).spec(), Lang.PYTHON));
        entry.put("orders", String.valueOf(task.orders()));
        entry.put("every", Literals.seconds(task.arrive().every()));
        entry.put("model", Literals.string(model.id(), Lang.PYTHON));
        entry.put("workers", String.valueOf(order.workers(task, Lang.PYTHON)));
        entry.put("lock", order.assignment(task).lock() ? "True" : "False");
        entry.put("cook", "cook_" + Literals.pythonName(task.id()));
        StringJoiner dict = new StringJoiner(", ", "{", "}");
        entry.forEach((key, value) -> dict.add("\"" + key + "\": " + value));
        return dict.toString();
    }

    /** The task's recipe as one function: {@code def} for chefs that block, {@code async def} on an event loop. */
    private static String cook(Order order, Task task) {
        boolean async = order.assignment(task).model() == Model.COROUTINE;
        String flavour = async ? "async." : "sync.";
        StringBuilder out = new StringBuilder("\n\n");
        String function = "cook_" + Literals.pythonName(task.id());
        out.append(Template.snippet(STEPS, flavour + "def").fill(Map.of("function", function))).append('\n');
        out.append(INDENT).append("\"\"\"One dish of ").append(Visible.line(task.name()).replace("\\", "/").replace("\"", "'"))
                .append(", step by step: True when it is served.\"\"\"\n");
        boolean faults = !order.struck(task).isEmpty();
        for (int i = 0; i < task.steps().size(); i++) {
            Step step = task.steps().get(i);
            String indent = INDENT;
            Map<String, String> values = values(step, task, i);
            if (!step.hold().isEmpty()) {
                out.append(lines(Template.snippet(STEPS, flavour + "hold").fill(values), indent));
                indent = async ? INDENT : INDENT + INDENT;
            }
            if (faults && step.fault().isPresent()) {
                out.append(lines(Template.snippet(STEPS, "strike").fill(values), indent));
            }
            out.append(lines(Template.snippet(STEPS, flavour + action(step, async)).fill(values), indent));
        }
        return out.append(INDENT).append("return True\n").toString();
    }

    private static String action(Step step, boolean async) {
        return switch (step.action()) {
            case Step.Action.Cpu c -> "cpu";
            case Step.Action.Wait w -> "wait";
            case Step.Action.Block b -> "block";
            case Step.Action.Fridge f -> async && f.awaits() ? "fridge.await" : "fridge";
        };
    }

    private static Map<String, String> values(Step step, Task task, int index) {
        Map<String, String> v = new HashMap<>();
        v.put("name", Visible.line(step.name()));
        v.put("index", String.valueOf(index));
        v.put("task", Literals.string(task.id(), Lang.PYTHON));
        v.put("locks", String.join(", ", step.hold().stream().map(l -> Literals.string(l, Lang.PYTHON)).toList()));
        switch (step.action()) {
            case Step.Action.Cpu c -> timed(v, c.time());
            case Step.Action.Wait w -> timed(v, w.time());
            case Step.Action.Block b -> timed(v, b.time());
            case Step.Action.Fridge f -> {
                v.put("ingredient", Literals.string(f.ingredient(), Lang.PYTHON));
                v.put("take", String.valueOf(f.take()));
            }
        }
        return v;
    }

    private static void timed(Map<String, String> v, java.time.Duration d) {
        v.put("seconds", Literals.seconds(d));
        v.put("duration", Durations.format(d));
    }

    /** Each line of a snippet at this indent (a fridge take is two lines). */
    private static String lines(String snippet, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : snippet.split("\n")) {
            out.append(indent).append(line).append('\n');
        }
        return out.toString();
    }
}
