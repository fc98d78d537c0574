package dev.forkful.view;

import dev.forkful.flow.LiveKitchen.Chef;
import dev.forkful.flow.LiveKitchen.KitchenLive;
import dev.forkful.flow.LiveKitchen.LogLine;
import dev.forkful.flow.LiveKitchen.TaskLive;
import dev.forkful.flow.LiveKitchen;
import dev.forkful.flow.Screen;
import dev.forkful.level.Model;
import dev.forkful.level.Plain;
import dev.forkful.level.Step;
import dev.forkful.score.Memory;
import java.util.ArrayList;
import java.util.List;

/**
 * The kitchens at work, drawn from the engine's events: per task its orders' progress, each
 * kitchen (a real child process) with its pid, fate, chefs and its own PSS/RSS/threads/CPU, the fridge's
 * lost updates; below, the event log.
 */
final class KitchenView {
    private static final double MB = 1024.0 * 1024.0;
    /** The event log keeps at least this many rows when the houses are drawn above it. */
    private static final int MIN_LOG_ROWS = 8;
    /** Chefs drawn beside one house; the caption counts them all. */
    private static final int CHEFS_DRAWN = 3;
    private KitchenView() {
    }

    /**
     * How much of each task the top part shows: everything; no chef lines; or only the task lines
     * with the kitchens that burnt down or froze. The most that fits is drawn, so a level of many
     * tasks still shows every task.
     */
    private enum Detail { CHEFS, KITCHENS, TASKS }

    static Page page(Screen.Cooking c, Style style, int width, int rows) {
        LiveKitchen live = c.live();
        int room = Math.max(1, rows - 4);
        List<Line> top = List.of();
        for (Detail detail : Detail.values()) {
            top = top(live, detail, style, width);
            if (top.size() <= room) {
                break;
            }
        }
        int topRows = Math.min(top.size(), room);
        List<Line> body = new ArrayList<>(top.subList(0, topRows));
        if (top.size() > topRows) {
            body.set(topRows - 1, Line.of("   ... " + (top.size() - topRows + 1) + " more lines", Tone.DIM));
        }
        List<Line> houses = style.drawings() ? houses(live, style, width) : List.of();
        // the houses are drawn only where the log keeps its room
        if (!houses.isEmpty() && rows - body.size() - 1 - (houses.size() + 1) >= MIN_LOG_ROWS) {
            body.add(new Line());
            body.addAll(houses);
        }
        int logRows = rows - body.size() - 1;
        body.add(Line.of(" event log " + style.rule().repeat(Math.max(0, width - 12)), Tone.DIM));
        List<Line> log = new ArrayList<>();
        for (LogLine l : live.log().subList(Math.max(0, live.log().size() - logRows), live.log().size())) {
            logLines(l, style, width, log);
        }
        body.addAll(log.subList(Math.max(0, log.size() - logRows), log.size()));
        return new Page(c.level().title() + " " + style.dot() + " " + c.plan(), body, List.of("q", "stop the kitchens",
                "", "the results open when the last order is done"));
    }

    private static List<Line> top(LiveKitchen live, Detail detail, Style style, int width) {
        List<Line> top = new ArrayList<>();
        top.add(new Line().add(Plain.format(" %s  served %d/%d  %s  %.1f orders/s",
                LiveKitchen.millis(live.elapsedNanos() / 1_000_000), live.served(), live.orders(),
                live.finished() ? "done" : "cooking", live.throughputPerS())));
        for (TaskLive t : live.tasks()) {
            top.add(taskLine(t, style, width));
            for (KitchenLive k : t.kitchens()) {
                boolean struck = k.state() == LiveKitchen.KitchenState.BURNT || k.state() == LiveKitchen.KitchenState.FROZEN;
                if (detail != Detail.TASKS || struck) {
                    top.add(kitchenLine(k, style));
                }
                if (detail == Detail.CHEFS && k.state() == LiveKitchen.KitchenState.COOKING) {
                    top.add(chefLine(t, k, width));
                }
            }
            for (String race : t.races()) {
                top.add(Line.of("   " + style.race() + " LOST UPDATES in the fridge: " + race, Tone.BAD));
            }
        }
        return top;
    }

    /**
     * Every kitchen as a drawing: a house with its chefs beside it, a burnt house, a frozen kitchen.
     * A process kitchen is a house of one chef, a thread kitchen one house of many.
     */
    private static List<Line> houses(LiveKitchen live, Style style, int width) {
        List<Drawings.Picture> pictures = new ArrayList<>();
        for (TaskLive t : live.tasks()) {
            for (KitchenLive k : t.kitchens()) {
                String name = k.model().id() + " " + k.index();
                pictures.add(switch (k.state()) {
                    case BURNT -> Drawings.Picture.of(Art.BURNT_HOUSE, Tone.FIRE, name + " burnt", Tone.FIRE);
                    case FROZEN -> Drawings.Picture.of(Art.FROZEN_KITCHEN, Tone.ICE, name + " froze", Tone.ICE);
                    case COOKING, ENDED -> new Drawings.Picture(Art.HOUSE, k.state() == LiveKitchen.KitchenState.ENDED ? Tone.DIM
                            : Tone.PLAIN, Art.CHEF, Math.min(CHEFS_DRAWN, k.chefCount()),
                            name + ", " + k.chefCount() + (k.chefCount() == 1 ? " chef" : " chefs"), Tone.DIM);
                });
            }
        }
        return Drawings.strip(pictures, style, width);
    }

    private static Line taskLine(TaskLive t, Style style, int width) {
        int barWidth = Math.max(10, width - 64);
        long orders = t.task().orders();
        return new Line().add(" " + PlanView.clip(t.task().name(), 18), Tone.TITLE)
                .padTo(20)
                .add(style.bar(t.served() + t.lost(), orders, barWidth), t.lost() > 0 ? Tone.BAD : Tone.GOOD)
                .add(Plain.format(" %d/%d served, %d lost, %d open, %d to come", t.served(), orders, t.lost(),
                        t.open(), orders - t.arrived()));
    }

    private static Line kitchenLine(KitchenLive k, Style style) {
        Line line = new Line().add(Plain.format("   %s %d  pid %-7d ", k.model().id(), k.index(), k.pid()));
        switch (k.state()) {
            case COOKING -> line.add(style.ok() + " cooking", Tone.GOOD);
            case ENDED -> line.add(style.ok() + " closed", Tone.DIM);
            case BURNT -> line.add(style.fire() + " BURNT DOWN", Tone.FIRE);
            case FROZEN -> line.add(style.ice() + " FROZEN " + LiveKitchen.millis(k.frozenMs()) + ", killed", Tone.ICE);
        }
        if (k.state() != LiveKitchen.KitchenState.FROZEN && k.frozenMs() > 0) {
            line.add("  " + style.ice() + " stalled " + LiveKitchen.millis(k.frozenMs()), Tone.ICE);
        }
        if (k.statsAtNanos() > 0) {
            line.add(figures(k));
        } else {
            line.add("  (no report yet)", Tone.DIM);
        }
        return line;
    }

    /**
     * A kitchen's own share of memory (PSS, shared pages split), its resident set (shared pages whole),
     * threads and CPU; the figures this system does not measure named once at the end, so the line fits.
     */
    private static String figures(KitchenLive k) {
        List<String> missing = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        if (k.pssBytes() < 0) {
            missing.add("memory");
        } else {
            out.append("  ").append(Memory.of(k.pssBytes() / MB, "PSS %.0fMB")).append(" ").append(Memory.of(k.rssBytes() / MB, "RSS %.0fMB"));
        }
        if (k.threads() < 0) {
            missing.add("threads");
        } else {
            out.append("  JVM threads ").append(k.threads());
        }
        if (k.cpuPercent() < 0) {
            missing.add("CPU");
        } else {
            out.append(Plain.format("  CPU %.0f%%", k.cpuPercent()));
        }
        if (k.coroutines() > 0) {
            out.append(k.model() == Model.VIRTUAL ? "  virtual threads " : "  coroutines ").append(k.coroutines());
        }
        if (!missing.isEmpty()) {
            out.append("  ").append(String.join(", ", missing)).append(" ").append(Memory.NOT_MEASURED);
        }
        return out.toString();
    }

    private static Line chefLine(TaskLive t, KitchenLive k, int width) {
        Line line = new Line().add("     ");
        List<Chef> chefs = k.chefs();
        int shown = 0;
        for (; shown < chefs.size(); shown++) {
            Chef chef = chefs.get(shown);
            String doing = chef.order() < 0 ? "idle" : "#" + chef.order() + " " + stepName(t, chef.step());
            String head = "chef " + shown + ": ";
            String what = PlanView.clip(doing, 14) + "  ";
            boolean last = shown == chefs.size() - 1 && k.chefCount() == chefs.size();
            // leave room for "+N more" unless this is the last chef
            if (line.length() + head.length() + what.length() + (last ? 0 : 9) > width) {
                break;
            }
            line.add(head, Tone.DIM).add(what);
        }
        int more = Math.max(k.chefCount(), chefs.size()) - shown;
        if (more > 0) {
            line.add("+" + more + " more", Tone.DIM);
        }
        return line;
    }

    private static String stepName(TaskLive t, int step) {
        List<Step> steps = t.task().steps();
        return step >= 0 && step < steps.size() ? steps.get(step).name() : "step " + step;
    }

    /** One log entry, wrapped under its time stamp. */
    private static void logLines(LogLine l, Style style, int width, List<Line> out) {
        String glyph = switch (l.kind()) {
            case FIRE -> style.fire();
            case ICE -> style.ice();
            case RACE -> style.race();
            case LOST -> style.no();
            case DONE -> style.ok();
            case INFO -> style.dot();
        };
        Tone tone = switch (l.kind()) {
            case FIRE, LOST, RACE -> Tone.BAD;
            case ICE -> Tone.ICE;
            case DONE -> Tone.GOOD;
            case INFO -> Tone.PLAIN;
        };
        String times = l.times() > 1 ? " (x" + l.times() + ")" : "";
        List<String> rows = Words.wrap(l.text() + times, width - 11);
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Line().add(i == 0 ? Plain.format(" %6.2fs ", l.atNanos() / 1e9) : "         ", Tone.DIM)
                    .add((i == 0 ? glyph : " ") + " " + rows.get(i), tone));
        }
    }
}
