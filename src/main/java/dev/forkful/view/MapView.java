package dev.forkful.view;

import dev.forkful.flow.GameState;
import dev.forkful.flow.Screen;
import dev.forkful.level.Level;
import dev.forkful.save.LevelProgress;
import java.util.ArrayList;
import java.util.List;

/** The campaign: each level with its stars, best time, and whether it is open. */
final class MapView {
    private MapView() {
    }

    static Page page(GameState s, Screen.LevelMap m, Style style, int width, int rows) {
        List<Line> body = new ArrayList<>();
        body.add(Line.of(" A kitchen game about processes, threads and coroutines, cooked by real ones."));
        body.add(new Line());
        List<Level> levels = s.campaign();
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            LevelProgress p = s.progress().of(l.id());
            boolean open = s.unlocked(l);
            boolean here = i == m.selected();
            Line line = new Line().add(here ? " " + style.pointer() + " " : "   ");
            String name = String.format("%2d  %-28s", l.chapter(), l.title());
            line.add(name, here ? Tone.SELECTED : open ? Tone.PLAIN : Tone.DIM);
            line.add("  " + style.stars(p.stars(), l.stars().rules().size()) + "  ");
            if (!open) {
                line.add("locked: earn a star on the level above", Tone.DIM);
            } else if (p.stars() == 0) {
                line.add("not played yet", Tone.DIM);
            } else {
                line.add(p.stars() + (p.stars() == 1 ? " star" : " stars")
                        + (p.bestWallMs() > 0 ? ", best " + dev.forkful.flow.LiveKitchen.millis(p.bestWallMs()) : ""));
            }
            body.add(line);
        }
        if (!levels.isEmpty()) {
            Level l = levels.get(m.selected());
            body.add(new Line());
            body.add(Line.of(" " + l.title(), Tone.TITLE));
            List<String> brief = Words.wrap(l.brief(), width - 2);
            int room = Math.max(0, rows - body.size());
            brief.stream().limit(room).forEach(t -> body.add(Line.of(" " + t)));
        }
        return new Page("the campaign", body, List.of(style.updown(), "choose", "Enter", "open", "q", "quit"));
    }
}
