package dev.forkful.code;

import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import dev.forkful.protocol.WorkOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The plan as one Java source file for {@code java Program.java}: {@code java/Program.java} with the
 * kitchen of each model the plan uses ({@code Chefs.java} for platform and virtual threads,
 * {@code Houses.java} for worker processes, with {@code HouseEntry.java} where a copy starts as one,
 * {@code EventLoop.java} for coroutines), and each task's
 * recipe and seeded faults as data that those kitchens cook.
 */
final class JavaProgram {
    private static final String ITEM = "\n            ";

    private JavaProgram() {
    }

    static String write(Order order) {
        List<Model> models = order.models();
        Map<String, String> holes = new HashMap<>();
        holes.put("header", Header.of(order, Lang.JAVA).stripTrailing());
        holes.put("time_limit", order.level().kitchen().timeLimit().toNanos() + "L");
        StringJoiner fridge = new StringJoiner(", ");
        order.level().fridge().forEach((ingredient, stock) -> fridge.add(Literals.string(ingredient, Lang.JAVA) + ", " + stock + "L"));
        holes.put("fridge", fridge.toString());
        StringJoiner tasks = new StringJoiner(",");
        for (Task task : order.level().tasks()) {
            tasks.add("\n        " + task(order, task));
        }
        holes.put("tasks", tasks.toString());
        StringBuilder kitchens = new StringBuilder();
        StringJoiner dispatch = new StringJoiner("\n");
        order.kitchens().forEach(m -> kitchens.append(Template.program("java/" + kitchen(m) + ".java").fill(Map.of())));
        for (Model m : models) {
            dispatch.add("                case \"" + m.id() + "\" -> " + kitchen(m) + ".cook(tally"
                    + (m == Model.PROCESS ? ", args);" : ");"));
        }
        holes.put("house_entry", models.contains(Model.PROCESS) ? Template.program("java/HouseEntry.java").fill(Map.of()) : "");
        holes.put("kitchens", kitchens.toString());
        holes.put("dispatch", dispatch.toString());
        return Template.program("java/Program.java").fill(holes);
    }

    private static String kitchen(Model model) {
        return switch (model) {
            case PROCESS -> "Houses";
            case THREAD, VIRTUAL -> "Chefs";
            case COROUTINE -> "EventLoop";
        };
    }

    private static String task(Order order, Task task) {
        var a = order.assignment(task);
        StringJoiner steps = new StringJoiner(",", "List.of(", ")");
        for (Step step : task.steps()) {
            steps.add(ITEM + step(step));
        }
        StringJoiner faults = new StringJoiner(",", "Map.ofEntries(", ")");
        for (Map.Entry<Long, WorkOrder> e : order.struck(task).entrySet()) {
            faults.add(ITEM + "Map.entry(" + e.getKey() + "L, new Fault(" + e.getValue().faultStep() + ", \""
                    + e.getValue().fault().id() + "\"))");
        }
        return "new Task(" + Literals.string(task.id(), Lang.JAVA) + ", " + Literals.string(a.spec(), Lang.JAVA) + ", \""
                + a.model().id() + "\", " + order.workers(task, Lang.JAVA) + ", " + a.lock() + ", " + task.orders() + ", "
                + task.arrive().every().toNanos() + "L, " + steps + ", " + faults + ")";
    }

    private static String step(Step step) {
        String name = Literals.string(step.name(), Lang.JAVA);
        String made = switch (step.action()) {
            case Step.Action.Cpu c -> "Step.cpu(" + name + ", " + c.time().toNanos() + "L)";
            case Step.Action.Wait w -> "Step.waiting(" + name + ", " + w.time().toNanos() + "L)";
            case Step.Action.Block b -> "Step.blocking(" + name + ", " + b.time().toNanos() + "L)";
            case Step.Action.Fridge f -> "Step.take(" + name + ", " + Literals.string(f.ingredient(), Lang.JAVA) + ", "
                    + f.take() + "L, " + f.awaits() + ")";
        };
        if (step.hold().isEmpty()) {
            return made;
        }
        StringJoiner locks = new StringJoiner(", ", ".holding(", ")");
        step.hold().forEach(l -> locks.add(Literals.string(l, Lang.JAVA)));
        return made + locks;
    }
}
