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
 * kitchen one virtual thread per order: a count means nothing there, so it is refused rather than
 * silently ignored (a player who writes {@code coroutine:4} expecting four loops should learn that
 * there is one). {@code nolock} drops the fridge lock of chefs that share a heap; the process
 * pantry and the event loop need none, so it changes nothing for them.
 */
public final class PlanParser {
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
                    problems.add("plan '" + spec + "': task '" + e.getKey() + "' is planned twice");
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
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new PlanException("plan '" + spec + "': write TASK=MODEL[:N][:nolock], e.g. soup=thread:4");
        }
        String taskId = spec.substring(0, eq).strip();
        List<String> parts = Arrays.asList(spec.substring(eq + 1).split(":", -1));
        List<String> taskIds = level.tasks().stream().map(Task::id).toList();
        Task task = level.task(taskId).orElseThrow(() -> new PlanException("plan '" + spec + "': level '" + level.id()
                + "' has no task '" + taskId + "'" + Suggest.didYouMean(taskId, taskIds)
                + " (tasks: " + String.join(", ", taskIds) + ")"));
        String modelId = parts.getFirst().strip();
        List<String> modelIds = Arrays.stream(Model.values()).map(Model::id).toList();
        Model model = Model.byId(modelId).orElseThrow(() -> new PlanException("plan '" + spec + "': no model '"
                + modelId + "'" + Suggest.didYouMean(modelId, modelIds) + " (models: " + String.join(", ", modelIds) + ")"));
        if (!task.models().contains(model)) {
            throw new PlanException("plan '" + spec + "': task '" + task.id() + "' cannot use " + model.id()
                    + " in this level (allowed: " + String.join(", ", task.models().stream().map(Model::id).toList()) + ")");
        }
        Integer workers = null;
        boolean lock = true;
        for (String part : parts.subList(1, parts.size())) {
            String p = part.strip();
            if (p.equals("nolock") && lock) {
                lock = false;
            } else if (p.matches("\\d{1,9}") && workers == null && lock) {
                workers = Integer.parseInt(p);
            } else {
                throw new PlanException("plan '" + spec + "': '" + p + "' is not a worker count or nolock"
                        + Suggest.didYouMean(p, List.of("nolock")) + "; write TASK=MODEL[:N][:nolock]");
            }
        }
        return Map.entry(task.id(), new Assignment(model, checkWorkers(spec, task, model, workers), lock));
    }

    private static int checkWorkers(String spec, Task task, Model model, Integer workers) throws PlanException {
        if (workers == null) {
            return 1;
        }
        if (model == Model.COROUTINE || model == Model.VIRTUAL) {
            throw new PlanException("plan '" + spec + "': a " + model.id() + " kitchen takes no count (it runs "
                    + (model == Model.COROUTINE ? "one event loop with a coroutine per order" : "one virtual thread per order")
                    + "); write " + task.id() + "=" + model.id());
        }
        if (workers < 1) {
            throw new PlanException("plan '" + spec + "': at least 1 worker");
        }
        int most = Math.min(task.maxWorkers(), LevelLimits.maxWorkers(model));
        if (workers > most) {
            throw new PlanException("plan '" + spec + "': at most " + most + " " + model.id() + " workers for task '"
                    + task.id() + "' in this level");
        }
        return workers;
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
