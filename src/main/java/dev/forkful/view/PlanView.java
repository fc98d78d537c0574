package dev.forkful.view;

import dev.forkful.engine.Assignment;
import dev.forkful.flow.Flow;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Screen;
import dev.forkful.level.Plain;
import dev.forkful.level.Task;
import java.util.ArrayList;
import java.util.List;

/** The plan: for each task a model, a worker count and the fridge lock; the highlighted task's recipe below. */
final class PlanView {
    /** Fewer task rows than this and the plan would hide what it is about; the details give way instead. */
    private static final int LEAST_TASK_ROWS = 5;

    private PlanView() {
    }

    static Page page(GameState s, Screen.Planning p, Style style, int width, int rows) {
        List<Task> tasks = p.level().tasks();
        Task t = tasks.get(p.row());
        Assignment a = p.plan().assignments().get(t.id());
        List<Line> body = new ArrayList<>();
        body.add(new Line());
        body.add(Line.of(" " + t.name() + ": ", Tone.TITLE).add(t.orders() + " orders, arriving " + t.arrive()));
        Words.wrap("steps: " + Words.recipe(t), width - 3).forEach(x -> body.add(Line.of("   " + x)));
        body.add(new Line());
        Words.wrap(Words.model(a.model()), width - 3).forEach(x -> body.add(Line.of("   " + x, Tone.DIM)));
        p.previous().ifPresent(r -> Words.wrap("Replay: the results will show this plan beside " + r.plan(), width - 2)
                .forEach(x -> body.add(Line.of(" " + x, Tone.KEY))));
        BriefingView.hints(Flow.hintsShown(s), p.level(), body, width);
        return new Page("plan " + p.level().title(), fit(table(p, style, rows - 1 - body.size()), body, rows), List.of(
                "Enter", "cook", style.updown(), "task", style.leftright(), "model", "+/-", "workers",
                "l", "lock", "h", "hint", "q", "back"));
    }

    /** Only chefs sharing one heap (thread, virtual) take the fridge lock; the others need none. */
    private static String lock(Assignment a) {
        return switch (a.model()) {
            case THREAD, VIRTUAL -> a.lock() ? "locked" : "NO LOCK";
            case PROCESS -> "n/a: IPC";
            case COROUTINE -> "n/a: one loop";
        };
    }

    /**
     * The task table: a header, then one row per task. When the tasks do not all fit in {@code room}
     * rows (but at least in {@link #LEAST_TASK_ROWS}), a window of them centred on the highlighted
     * one, whose first and last rows say how many tasks are above and below.
     */
    private static List<Line> table(Screen.Planning p, Style style, int room) {
        List<Line> table = new ArrayList<>();
        table.add(Line.of(Plain.format("   %-22s %7s   %-16s %-10s %s", "task", "orders", "model", "workers", "fridge lock"), Tone.DIM));
        List<Task> tasks = p.level().tasks();
        int shown = Math.min(tasks.size(), Math.max(LEAST_TASK_ROWS, room));
        int from = Math.clamp(p.row() - shown / 2, 0, tasks.size() - shown);
        for (int i = from; i < from + shown; i++) {
            if (i == from && from > 0) {
                table.add(Line.of("   " + style.up() + " " + (from + 1) + " more tasks above", Tone.DIM));
            } else if (i == from + shown - 1 && i < tasks.size() - 1) {
                table.add(Line.of("   " + style.down() + " " + (tasks.size() - i) + " more tasks below", Tone.DIM));
            } else {
                table.add(taskRow(tasks.get(i), p, i == p.row(), style));
            }
        }
        return table;
    }

    private static Line taskRow(Task t, Screen.Planning p, boolean here, Style style) {
        Assignment a = p.plan().assignments().get(t.id());
        String model = style.left() + " " + a.model().id() + " " + style.right();
        String row = Plain.format("%-22s %7d   %-16s %-10s %s", clip(t.name(), 22), t.orders(), model,
                a.model().takesWorkerCount() ? a.workers() + "/" + t.maxWorkers(a.model()) : "per order", lock(a));
        return new Line().add(here ? " " + style.pointer() + " " : "   ").add(row, here ? Tone.SELECTED : Tone.PLAIN);
    }

    /** The table, then as much of the details as fits below it, keeping their end (the hints). */
    private static List<Line> fit(List<Line> table, List<Line> details, int rows) {
        List<Line> body = new ArrayList<>(table);
        int room = Math.max(0, rows - table.size());
        body.addAll(details.size() <= room ? details : details.subList(details.size() - room, details.size()));
        return body;
    }

    static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
