package dev.forkful.view;

import dev.forkful.flow.Flow;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Screen;
import dev.forkful.level.Level;
import dev.forkful.level.Plain;
import dev.forkful.level.Stars;
import dev.forkful.level.Task;
import java.util.ArrayList;
import java.util.List;

/** A level's story, its kitchen, its dishes and what each star asks. */
final class BriefingView {
    private BriefingView() {
    }

    static Page page(GameState s, Screen.Briefing b, Style style, int width, int rows) {
        Level l = b.level();
        List<Line> body = new ArrayList<>();
        hints(Flow.hintsShown(s), l, body, width);
        Words.wrap(l.brief(), width - 2).forEach(t -> body.add(Line.of(" " + t)));
        body.add(new Line());
        body.add(Line.of(" Kitchen: ", Tone.TITLE).add(Words.kitchen(l)));
        for (Task t : l.tasks()) {
            body.add(Line.of(" " + style.dot() + " " + Words.task(t)));
            Words.wrap("steps: " + Words.recipe(t), width - 6).forEach(x -> body.add(Line.of("     " + x, Tone.DIM)));
        }
        body.add(Line.of(" Stars:", Tone.TITLE));
        int n = 1;
        for (Stars.Rule r : l.stars().rules()) {
            body.add(Line.of("   " + style.stars(n, l.stars().rules().size()) + "  " + Words.rule(r)));
            n++;
        }
        return new Page(l.title(), body, List.of("Enter", "plan the kitchen", "h", "hint", "q", "back"));
    }

    /** The hints revealed so far, numbered, newest first: they go at the top of a page, where a new one is seen. */
    static void hints(List<String> shown, Level level, List<Line> body, int width) {
        for (int i = shown.size() - 1; i >= 0; i--) {
            List<String> lines = Words.wrap(shown.get(i), width - 14);
            for (int j = 0; j < lines.size(); j++) {
                String head = j == 0 ? " Hint " + (i + 1) + "/" + level.hints().size() + ": " : "";
                body.add(Line.of(Plain.format("%-13s", head), Tone.KEY).add(lines.get(j)));
            }
        }
    }
}
