package dev.forkful.view;

import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Durations;
import dev.forkful.level.Level;
import dev.forkful.level.Plain;
import dev.forkful.level.Stars;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import dev.forkful.level.Visible;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Level facts in short words, shared by the screens (and the line mode). */
public final class Words {
    private Words() {
    }

    /**
     * How to hand in a folder campaign's plans (a workshop's), naming the folder its levels came from;
     * the built-in campaign has no one to hand them to.
     */
    public static Optional<String> handIn(CampaignChapters campaign) {
        String folder = campaign.levels().stream().map(l -> l.source().getParent()).filter(java.util.Objects::nonNull)
                .map(Object::toString).findFirst().orElse("DIR");
        return campaign.key().map(k -> "Hand in your best plans: forkful answers --levels " + folder
                + " --student NAME --out NAME.toml");
    }

    public static String step(Step step) {
        String what = switch (step.action()) {
            case Step.Action.Cpu c -> "cpu " + Durations.format(c.time());
            case Step.Action.Wait w -> "wait " + Durations.format(w.time());
            case Step.Action.Block b -> "block " + Durations.format(b.time());
            case Step.Action.Fridge f -> "fridge " + f.ingredient() + " x" + f.take();
        };
        String fault = step.fault().map(f -> ", " + f.kind().id() + " " + percent(f.chance())).orElse("");
        return step.name() + " (" + what + fault + ")";
    }

    public static String recipe(Task task) {
        return task.steps().stream().map(Words::step).collect(Collectors.joining(", "));
    }

    public static String task(Task task) {
        return task.id() + ": " + task.name() + ", " + task.orders() + " orders, arriving " + task.arrive();
    }

    public static String kitchen(Level level) {
        return "time limit " + Durations.format(level.kitchen().timeLimit())
                + (level.kitchen().gil() ? ", Python rules (a global lock for thread chefs' cpu work)" : "")
                + (level.fridge().isEmpty() ? "" : ", fridge " + level.fridge().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    /** A star rule as conditions: {@code served 90%, time within 2.0x par, no crashes}. */
    public static String rule(Stars.Rule r) {
        List<String> parts = new ArrayList<>();
        r.served().ifPresent(v -> parts.add("served " + percent(v)));
        r.par().ifPresent(v -> parts.add("time within " + Plain.format("%.1f", v) + "x par"));
        r.crashes().ifPresent(v -> parts.add(v == 0 ? "no crashes" : "at most " + v + " crashes"));
        r.freezes().ifPresent(v -> parts.add(v == 0 ? "no freezes" : "at most " + v + " freezes"));
        r.races().ifPresent(v -> parts.add(v == 0 ? "no lost updates" : "at most " + v + " lost updates"));
        r.pssMb().ifPresent(v -> parts.add("memory at most " + Plain.format("%.0f", v) + " MB PSS"));
        return String.join(", ", parts);
    }

    public static String percent(double fraction) {
        double p = fraction * 100;
        return (p == Math.rint(p) ? String.valueOf((long) p) : Plain.format("%.1f", p)) + "%";
    }

    /** What a model means in the kitchen, for the plan screen. */
    public static String model(dev.forkful.level.Model model) {
        return switch (model) {
            case PROCESS -> "process: each chef gets a house of its own (a child OS process). Houses cook in parallel"
                    + " and a fire stays in one house, but each costs memory and the shared fridge is far away (IPC).";
            case THREAD -> "thread: more chefs in one kitchen (one process). They share the fridge and cook in parallel,"
                    + " but a fatal fault burns the whole kitchen, and without the lock two chefs can lose an update.";
            case COROUTINE -> "coroutine: one quick chef on one event loop who turns to another dish whenever one must"
                    + " wait. Tiny and cheap, but only one core, and a blocking call or a loop that never yields stalls everyone.";
            case VIRTUAL -> "virtual: Java's virtual threads, many cheap chefs on a few carrier threads. Parallel like"
                    + " threads and cheap like coroutines, yet a chef that never blocks still hogs its carrier.";
        };
    }

    /**
     * Splits text into lines at most {@code width} wide, at spaces where it can. The text's own
     * line breaks are reflowed: single newlines inside a paragraph join its words (level files break
     * lines for their own editor's width), a blank line stays a paragraph break. Control characters
     * are shown ({@link Visible}) before the text is measured.
     */
    public static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        String[] paragraphs = Visible.text(text).strip().split("\\n[ \\t]*\\n\\s*");
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.add("");
            }
            String paragraph = paragraphs[p];
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                while (word.length() > width) {
                    if (!line.isEmpty()) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    out.add(word.substring(0, width));
                    word = word.substring(width);
                }
                if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }
}
