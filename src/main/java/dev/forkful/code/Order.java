package dev.forkful.code;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.FaultDice;
import dev.forkful.engine.Plan;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Task;
import dev.forkful.protocol.WorkOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What to write: a level, the plan for it as the player wrote it, and whether the level's faults go
 * in (the same orders as {@code forkful run} meets, from the same dice).
 *
 * @param levelArg the LEVEL as given on the command line, for the header
 * @param seed     the seed the faults are drawn from (the level's own unless overridden)
 */
public record Order(Level level, Plan plan, String levelArg, boolean faults, long seed) {
    /** Python has no virtual threads: their stand-in, one OS thread per order, is capped at this many. */
    static final int PYTHON_VIRTUAL_THREADS = 500;

    Assignment assignment(Task task) {
        return plan.assignments().get(task.id());
    }

    /** The workers a kitchen of this task runs: chefs or houses, or for coroutines one unit per order. */
    int workers(Task task, Lang lang) {
        Assignment a = assignment(task);
        if (a.model() == Model.VIRTUAL && lang == Lang.PYTHON) {
            return Math.min(task.orders(), PYTHON_VIRTUAL_THREADS);
        }
        return a.model().takesWorkerCount() ? a.workers() : task.orders();
    }

    /** Order number to (step index, fault kind) for each struck order; empty without {@code --faults}. */
    Map<Long, WorkOrder> struck(Task task) {
        Map<Long, WorkOrder> struck = new TreeMap<>();
        if (faults && task.steps().stream().anyMatch(s -> s.fault().isPresent())) {
            FaultDice dice = new FaultDice(seed, task);
            for (long id = 0; id < task.orders(); id++) {
                WorkOrder o = dice.order(id);
                if (o.fault() != null) {
                    struck.put(id, o);
                }
            }
        }
        return struck;
    }

    boolean anyStruck() {
        return level.tasks().stream().anyMatch(t -> !struck(t).isEmpty());
    }

    /** The kitchens to write, one per kind: {@code THREAD} stands for the thread and the virtual kitchen, which share one. */
    List<Model> kitchens() {
        return models().stream().map(m -> m == Model.VIRTUAL ? Model.THREAD : m).distinct().toList();
    }

    /** The models the plan uses, in task order. */
    List<Model> models() {
        List<Model> used = new ArrayList<>();
        for (Task t : level.tasks()) {
            if (!used.contains(assignment(t).model())) {
                used.add(assignment(t).model());
            }
        }
        return used;
    }
}
