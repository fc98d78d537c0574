package dev.forkful.view;

import java.util.List;

/**
 * What a screen shows inside the common frame: a title, the body, and the keys it takes (drawn on
 * the bottom row, key then what it does).
 */
public record Page(String title, List<Line> body, List<String> keys) {

    /** Pairs of key and action, as one line. */
    public Line keyLine() {
        Line line = new Line().add(" ");
        for (int i = 0; i + 1 < keys.size(); i += 2) {
            line.add(keys.get(i), Tone.KEY).add(" " + keys.get(i + 1) + "  ");
        }
        return line;
    }
}
