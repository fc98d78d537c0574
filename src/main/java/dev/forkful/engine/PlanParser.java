package dev.forkful.engine;

import dev.forkful.level.Level;
import dev.forkful.level.LevelLimits;
import dev.forkful.level.Model;
import dev.forkful.level.Suggest;
import dev.forkful.level.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan from the command line: {@code TASK=MODEL[:N][:nolock]}, one per task, e.g.
 * {@code soup=coroutine bread=process:4 stew=thread:8:nolock}. A task left out gets
 * {@link #defaults}' choice.
 *
 * <p>{@code N} is the number of houses for {@code process} and of chefs for {@code thread}. A
 * {@code coroutine} kitchen is one event loop with one coroutine per order, and a {@code virtual}
 * kitchen one virtual thread per order: a count above 1 is refused rather than silently ignored (a
 * player who writes {@code coroutine:4} expecting four loops should learn that there is one);
 * {@code coroutine:1} is what the kitchen is anyway and reads as {@code coroutine}. {@code nolock}
 * drops the fridge lock of thread and virtual chefs, which share a heap; for process houses (the
 * pantry) and the event loop there is no lock to drop, and for a task that never opens the fridge
 * nothing to drop it for, so it is refused there with the reason.
 */
public final class PlanParser {
    private static final String NOLOCK = "nolock";

    private PlanParser() {
    }

    /** Each task's first allowed model with one worker. */
    public static Plan defaults(Level level) {
        Map<String, Assignment> a = new LinkedHashMap<>();
        for (Task t : level.tasks()) {
            a.put(t.id(), new Assignment(t.models().getFirst(), 1, true));
        }
        return new Plan(a);
    }

    public static Plan parse(Level level, List<String> specs) throws PlanException {
        Map<String, Assignment> given = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String spec : specs) {
            try {
                Map.Entry<String, Assignment> e = parseOne(level, spec.strip());
                if (given.putIfAbsent(e.getKey(), e.getValue()) != null) {
                    problems.add(PlanEntry.where(spec) + "task " + PlanEntry.quote(e.getKey()) + " is planned twice");
                }
            } catch (PlanException e) {
                problems.add(e.getMessage());
            }
        }
        Map<String, Assignment> all = new LinkedHashMap<>();
        defaults(level).assignments().forEach((task, a) -> all.put(task, given.getOrDefault(task, a)));
        if (problems.isEmpty()) {
            checkCaps(all, problems);
        }
        if (!problems.isEmpty()) {
            throw new PlanException(String.join("\n", problems));
        }
        return new Plan(all);
    }

    private static Map.Entry<String, Assignment> parseOne(Level level, String spec) throws PlanException {
        PlanEntry entry = PlanEntry.read(spec);
        List<String> taskIds = level.tasks().stream().map(Task::id).toList();
        Task task = level.task(entry.task()).orElseThrow(() -> new PlanException(PlanEntry.where(spec) + "level " + PlanEntry.quote(level.id())
                + " has no task " + PlanEntry.quote(entry.task()) + " (tasks: " + String.join(", ", taskIds) + ")"
                + Suggest.didYouMean(entry.task(), taskIds)));
        Model model = entry.model();
        if (!task.models().contains(model)) {
            throw new PlanException(PlanEntry.where(spec) + "task " + PlanEntry.quote(task.id()) + " cannot use " + model.id()
                    + " in this level (allowed: " + String.join(", ", task.models().stream().map(Model::id).toList()) + ")");
        }
        if (!entry.lock()) {
            checkNolock(spec, task, model);
        }
        return Map.entry(task.id(), new Assignment(model, checkWorkers(spec, task, model, entry.workers()), entry.lock()));
    }

    private static int checkWorkers(String spec, Task task, Model model, Integer workers) throws PlanException {
        if (workers == null) {
            return 1;
        }
        if (!model.takesWorkerCount()) {
            if (workers == 1) {
                return 1; // what the kitchen is anyway, so harmless
            }
            throw new PlanException(PlanEntry.where(spec) + "a " + model.id() + " kitchen takes no count: it runs "
                    + (model == Model.COROUTINE ? "one event loop with a coroutine per order" : "one virtual thread per order")
                    + "; write " + task.id() + "=" + model.id());
        }
        if (workers < 1) {
            throw new PlanException(PlanEntry.where(spec) + "at least 1 worker");
        }
        int most = Math.min(task.maxWorkers(model), LevelLimits.maxWorkers(model));
        if (workers > most) {
            throw new PlanException(PlanEntry.where(spec) + "at most " + most + " " + model.id() + " workers for task "
                    + PlanEntry.quote(task.id()) + " in this level");
        }
        return workers;
    }

    /** Only chefs that share a heap have a fridge lock to drop, and only a recipe that opens the fridge uses it. */
    private static void checkNolock(String spec, Task task, Model model) throws PlanException {
        String why = switch (model) {
            case PROCESS -> "each house has its own memory; the fridge is in the pantry, reached over IPC: there is no lock to drop";
            case COROUTINE -> task.hasFridgeLock(model) ? null
                    : "nothing else runs between read and write on the loop: there is no lock to drop (no take awaits in between)";
            case THREAD, VIRTUAL -> task.hasFridgeLock(model) ? null : "task " + PlanEntry.quote(task.id()) + " never opens the fridge";
        };
        if (why != null) {
            throw new PlanException(PlanEntry.where(spec) + NOLOCK + " means nothing here: " + why);
        }
    }

    /** Every kitchen is a process and every chef a thread: the plan as a whole must fit the caps. */
    private static void checkCaps(Map<String, Assignment> plan, List<String> problems) {
        long processes = 0;
        long threads = 0;
        for (Assignment a : plan.values()) {
            processes += a.model() == Model.PROCESS ? a.workers() : 1;
            threads += a.model() == Model.THREAD ? a.workers() : 0;
        }
        if (processes > LevelLimits.MAX_PROCESSES) {
            problems.add("plan: " + processes + " processes in all, the most is " + LevelLimits.MAX_PROCESSES);
        }
        if (threads > LevelLimits.MAX_THREADS) {
            problems.add("plan: " + threads + " chef threads in all, the most is " + LevelLimits.MAX_THREADS);
        }
    }
}
