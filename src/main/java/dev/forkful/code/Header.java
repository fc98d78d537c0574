package dev.forkful.code;

import dev.forkful.level.Durations;
import dev.forkful.level.Fault;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import dev.forkful.level.Visible;
import dev.forkful.protocol.WorkOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * The comment every generated program starts with: the level, the plan, what each task's model means
 * in that language, the faults put in, and what a run replays exactly and what varies.
 */
final class Header {
    private static final int WIDTH = 100;
    private static final Properties MODELS = Template.properties("models.properties");

    private Header() {
    }

    static String of(Order order, Lang lang) {
        List<String> lines = new ArrayList<>();
        String command = "forkful code " + order.levelArg() + " --plan " + order.plan().toString().replace(' ', ',')
                + " --lang " + lang.id() + (order.faults() ? " --faults" : "");
        lines.add("Written by `" + command + "`.");
        lines.add("Level \"" + order.level().id() + "\" (" + order.level().title() + "), plan: " + order.plan() + ".");
        lines.addAll(wrap("The same workload as `forkful run` cooks for this plan: the same orders, arrivals, steps and"
                + " durations, the same fridge and its stock, each task in a kitchen of its own, all at once."
                + " It prints its wall time, throughput and lost updates. Run it with: " + lang.howToRun() + ".", ""));
        lines.add("");
        for (Task task : order.level().tasks()) {
            lines.add(task.id() + " (" + task.name() + "): " + task.orders() + " orders, arriving "
                    + (task.arrive().all() ? "all at the start" : task.arrive().toString()) + "; " + order.assignment(task).spec());
            lines.addAll(wrap("recipe: " + recipe(task), "  "));
            String meaning = Template.snippet(MODELS, lang.id() + "." + order.assignment(task).model().id())
                    .fill(Map.of("workers", String.valueOf(order.workers(task, lang))));
            lines.addAll(wrap(meaning, "  "));
        }
        lines.add("");
        lines.addAll(wrap(faults(order), ""));
        lines.addAll(wrap("Each run replays the same faults and arrivals; what varies is the OS scheduler (which chef"
                + " runs when), so the figures differ a little from run to run, and lost updates most of all.", ""));
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String shown = Visible.line(line); // a level's text cannot end the comment and become code
            if (lang == Lang.JAVA) {
                shown = shown.replace("\\", "\\\\"); // nor start a \\u escape, which javac reads even in comments
            }
            out.append((lang.comment() + shown).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String recipe(Task task) {
        StringJoiner steps = new StringJoiner(", ");
        for (Step step : task.steps()) {
            String action = switch (step.action()) {
                case Step.Action.Cpu c -> "cpu " + Durations.format(c.time());
                case Step.Action.Wait w -> "wait " + Durations.format(w.time());
                case Step.Action.Block b -> "block " + Durations.format(b.time());
                case Step.Action.Fridge f -> "take " + f.take() + " " + f.ingredient() + (f.awaits() ? " (awaiting)" : "");
            };
            String held = step.hold().isEmpty() ? "" : " holding " + String.join(", ", step.hold());
            String fault = step.fault().map(f -> " (" + f.kind().id() + " fault, chance " + f.chance() + ")").orElse("");
            steps.add(step.name() + " " + action + held + fault);
        }
        return steps.toString();
    }

    private static String faults(Order order) {
        boolean any = order.level().tasks().stream().anyMatch(t -> t.steps().stream().anyMatch(s -> s.fault().isPresent()));
        if (!any) {
            return "Faults: the level has none.";
        }
        if (!order.faults()) {
            return "Faults: none here; add --faults to put in the level's, on the orders its seed strikes.";
        }
        StringJoiner struck = new StringJoiner("; ");
        for (Task task : order.level().tasks()) {
            Map<Long, WorkOrder> s = order.struck(task);
            if (!s.isEmpty()) {
                long fatal = s.values().stream().filter(o -> o.fault() != Fault.Kind.EXCEPTION).count();
                struck.add(task.id() + ": " + s.size() + " orders struck" + (fatal > 0 ? ", " + fatal + " by a segfault or freeze" : ""));
            }
        }
        return "Faults: the level's, on the orders seed " + order.seed() + " strikes (" + (struck.length() == 0 ? "none this time" : struck)
                + "). A segfault ends the whole OS process it runs in; a freeze spins until the time limit ends the program.";
    }

    private static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
