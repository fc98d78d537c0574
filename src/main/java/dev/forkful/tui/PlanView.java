package dev.forkful.tui;

import dev.forkful.engine.Assignment;
import dev.forkful.flow.Flow;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Screen;
import dev.forkful.level.Task;
import java.util.ArrayList;
import java.util.List;

/** The plan: for each task a model, a worker count and the fridge lock; the highlighted task's recipe below. */
final class PlanView {
    private PlanView() {
    }

    static Page page(GameState s, Screen.Planning p, Style style, int width, int rows) {
        List<Line> body = new ArrayList<>();
        body.add(Line.of(String.format("   %-22s %7s   %-16s %-10s %s", "task", "orders", "model", "workers", "fridge lock"), Tone.DIM));
        List<Task> tasks = p.level().tasks();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            Assignment a = p.plan().assignments().get(t.id());
            boolean here = i == p.row();
            String model = style.left() + " " + a.model().id() + " " + style.right();
            String row = String.format("%-22s %7d   %-16s %-10s %s", clip(t.name(), 22), t.orders(), model,
                    a.model().takesWorkerCount() ? a.workers() + "/" + t.maxWorkers() : "per order", lock(a));
            body.add(new Line().add(here ? " " + style.pointer() + " " : "   ").add(row, here ? Tone.SELECTED : Tone.PLAIN));
        }
        Task t = tasks.get(p.row());
        Assignment a = p.plan().assignments().get(t.id());
        body.add(new Line());
        body.add(Line.of(" " + t.name() + ": ", Tone.TITLE).add(t.orders() + " orders, arriving " + t.arrive()));
        Pen.wrap("steps: " + Words.recipe(t), width - 3).forEach(x -> body.add(Line.of("   " + x)));
        body.add(new Line());
        Pen.wrap(Words.model(a.model()), width - 3).forEach(x -> body.add(Line.of("   " + x, Tone.DIM)));
        p.previous().ifPresent(r -> body.add(Line.of(" Replay: the results will show this plan beside "
                + r.plan(), Tone.KEY)));
        BriefingView.hints(Flow.hintsShown(s), p.level(), body, width);
        return new Page("plan " + p.level().title(), BriefingView.fit(body, rows), List.of(
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

    static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
