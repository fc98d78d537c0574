package dev.forkful.view;

import dev.forkful.level.Visible;
import java.util.List;

/**
 * What a screen shows inside the common frame: a title, the body, and the keys it takes (drawn on
 * the bottom row, key then what it does).
 */
public record Page(String title, List<Line> body, List<String> keys) {
    /** The title is often a level's own: its control characters are shown, never obeyed. */
    public Page {
        title = Visible.line(title);
    }

    /** Pairs of key and action, as one line. */
    public Line keyLine() {
        Line line = new Line().add(" ");
        for (int i = 0; i + 1 < keys.size(); i += 2) {
            line.add(keys.get(i), Tone.KEY).add(" " + keys.get(i + 1) + "  ");
        }
        return line;
    }
}
