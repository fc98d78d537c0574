package dev.forkful.view;

import dev.forkful.flow.Flow;
import dev.forkful.flow.GameState;
import dev.forkful.flow.LiveKitchen;
import dev.forkful.flow.RunResult;
import dev.forkful.flow.Screen;
import dev.forkful.level.Level;
import dev.forkful.level.Plain;
import dev.forkful.score.Memory;
import dev.forkful.score.Score;
import dev.forkful.score.ScoreText;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's verdict: the stars, each star's conditions against what was measured, the figures, and
 * what happened in plain words; beside the previous run when the player replayed with another plan.
 */
final class ResultsView {
    private ResultsView() {
    }

    static Page page(GameState s, Screen.Results r, Style style, int width, int rows) {
        Level l = r.level();
        Score score = r.result().score();
        int of = l.stars().rules().size();
        List<Line> body = new ArrayList<>();
        body.add(new Line().add(" " + style.stars(score.stars(), of) + "  ", Tone.KEY)
                .add(score.stars() + " of " + of + " stars with " + r.result().plan()));
        BriefingView.hints(Flow.hintsShown(s), l, body, width);
        int n = 1;
        for (Score.StarCheck check : score.starChecks()) {
            starLines(n++ <= score.stars(), check, style, width, body);
        }
        if (r.previous().isPresent()) {
            sideBySide(r.previous().get(), r.result(), body, style, of);
        } else {
            figures(score.total(), body);
        }
        int marksAt = body.size();
        if (score.machine().measured()) {
            Words.wrap("machine: " + ScoreText.machine(score.machine()), width - 2).forEach(m -> body.add(Line.of(" " + m, Tone.DIM)));
        }
        body.add(Line.of(" What happened", Tone.TITLE));
        for (String e : r.result().explain()) {
            List<String> lines = Words.wrap(e, width - 4);
            for (int i = 0; i < lines.size(); i++) {
                body.add(Line.of((i == 0 ? " " + style.dot() + " " : "   ") + lines.get(i)));
            }
        }
        List<String> lesson = Words.wrap(l.lesson(), width - 10);
        for (int i = 0; i < lesson.size(); i++) {
            body.add(new Line().add(i == 0 ? " Lesson: " : "         ", Tone.TITLE).add(lesson.get(i)));
        }
        Words.handIn(s.campaign()).ifPresent(h -> Words.wrap(h, width - 2).forEach(w -> body.add(Line.of(" " + w, Tone.DIM))));
        List<Line> marks = style.drawings() ? marks(score.total(), style, width) : List.of();
        if (!marks.isEmpty() && body.size() + marks.size() <= rows) {
            body.addAll(marksAt, marks);
        }
        return new Page("results " + l.title(), body, List.of(
                "Enter", "next", "r", "replay with another plan", "t", "timeline", "c", "code", "h", "hint", "q", "map"));
    }

    /** A star's rule, and either that it held or the figures that fell short. */
    private static void starLines(boolean earned, Score.StarCheck check, Style style, int width, List<Line> body) {
        Line line = new Line().add("   " + (earned ? style.starOn() : style.starOff()) + " " + Words.rule(check.rule()) + ": ");
        if (check.held()) {
            body.add(line.add(style.ok() + " held", Tone.GOOD));
            return;
        }
        String missed = style.no() + " " + String.join("; ", check.unmet());
        if (line.length() + missed.length() <= width) {
            body.add(line.add(missed, Tone.BAD));
            return;
        }
        body.add(line);
        Words.wrap(missed, width - 7).forEach(m -> body.add(new Line().add("       ").add(m, Tone.BAD)));
    }

    /** A burnt house for the crashes, a frozen kitchen for the freezes, each with its count in words. */
    private static List<Line> marks(Score.Figures s, Style style, int width) {
        List<Drawings.Picture> pictures = new ArrayList<>();
        int crashes = s.crashes().size();
        int freezes = s.freezes().size();
        if (crashes > 0) {
            pictures.add(Drawings.Picture.of(Art.BURNT_HOUSE, Tone.FIRE, crashes + (crashes == 1 ? " crash" : " crashes"), Tone.FIRE));
        }
        if (freezes > 0) {
            pictures.add(Drawings.Picture.of(Art.FROZEN_KITCHEN, Tone.ICE, freezes + (freezes == 1 ? " freeze" : " freezes"), Tone.ICE));
        }
        return Drawings.strip(pictures, style, width);
    }

    private static void figures(Score.Figures s, List<Line> body) {
        body.add(Line.of(Plain.format(" served %d/%d, lost %d in %s (ideal %s): %.1f orders/s",
                s.served(), s.orders(), s.lost(), LiveKitchen.millis(s.wallMs()), LiveKitchen.millis(s.idealMs()),
                s.throughputPerS())));
        body.add(Line.of(Plain.format(" latency p50 %s p95 %s; crashes %d, freezes %d, lost updates %d",
                ms(s.latencyP50Ms()), ms(s.latencyP95Ms()), s.crashes().size(), s.freezes().size(), s.races())));
        boolean virtual = s.coroutines() == 0 && s.virtualThreads() > 0;
        String units = Plain.format("processes %d, JVM threads %s, %s %d", s.processes(),
                s.threads() < 0 ? Memory.NOT_MEASURED : s.threads(),
                virtual ? "virtual threads" : "coroutines", virtual ? s.virtualThreads() : s.coroutines());
        String peak = "peak " + memory(s) + ", CPU " + cpu(s);
        if (s.pssMeasured() && s.cpuMs() >= 0 && s.threads() >= 0) {
            body.add(Line.of(" " + peak + "; " + units));
        } else {
            // "not measured here" takes room: one line each, so that neither is cut at 80 columns
            body.add(Line.of(" " + peak));
            body.add(Line.of(" " + units));
        }
    }

    /** The kitchens' CPU time, or that this system does not measure it. */
    private static String cpu(Score.Figures s) {
        return s.cpuMs() < 0 ? Memory.NOT_MEASURED : LiveKitchen.millis(s.cpuMs());
    }

    /** A latency, or a dash when no order was served (NaN). */
    private static String ms(double ms) {
        return Double.isNaN(ms) ? "-" : Plain.format("%.0fms", ms);
    }

    private static void sideBySide(RunResult before, RunResult now, List<Line> body, Style style, int of) {
        Score.Figures a = before.score().total();
        Score.Figures b = now.score().total();
        body.add(Line.of(" before: " + before.plan(), Tone.DIM));
        body.add(Line.of(" now:    " + now.plan(), Tone.DIM));
        body.add(Line.of(Plain.format(" %-16s %-28s %-28s", "", "before", "now"), Tone.TITLE));
        row(body, "stars", style.stars(before.score().stars(), of), style.stars(now.score().stars(), of));
        row(body, "served", a.served() + "/" + a.orders(), b.served() + "/" + b.orders());
        row(body, "time", LiveKitchen.millis(a.wallMs()), LiveKitchen.millis(b.wallMs()));
        row(body, "orders/s", Plain.format("%.1f", a.throughputPerS()), Plain.format("%.1f", b.throughputPerS()));
        row(body, "latency p95", ms(a.latencyP95Ms()), ms(b.latencyP95Ms()));
        row(body, "crashes/freezes", a.crashes().size() + "/" + a.freezes().size(), b.crashes().size() + "/" + b.freezes().size());
        row(body, "lost updates", String.valueOf(a.races()), String.valueOf(b.races()));
        row(body, "peak mem, CPU", compared(a), compared(b));
        if (!a.pssMeasured() || a.cpuMs() < 0 || !b.pssMeasured() || b.cpuMs() < 0) {
            body.add(Line.of(" (- " + Memory.NOT_MEASURED + ")", Tone.DIM));
        }
    }

    /** Memory and CPU in a 28-column cell; a dash for a figure not measured here. */
    private static String compared(Score.Figures s) {
        return (s.pssMeasured() ? memory(s) : "memory -") + ", " + (s.cpuMs() < 0 ? "CPU -" : LiveKitchen.millis(s.cpuMs()));
    }

    /** The run's memory: the kitchens' PSS added up (shared pages split), RSS (shared pages whole) beside it. */
    private static String memory(Score.Figures s) {
        return s.pssMeasured() ? Memory.of(s.peakPssMb(), "PSS %.0fMB") + Memory.of(s.peakRssMb(), " (RSS %.0fMB)")
                : "memory " + Memory.NOT_MEASURED;
    }

    private static void row(List<Line> body, String what, String before, String now) {
        body.add(Line.of(Plain.format(" %-16s %-28s %-28s", what, before, now)));
    }
}
