package dev.forkful.console;

import dev.forkful.flow.GameState;
import dev.forkful.flow.Screen;
import dev.forkful.flow.TimelineWindow;
import dev.forkful.view.Pages;
import dev.forkful.view.Style;
import dev.forkful.view.TimelineView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The line mode's {@code timeline}: the results' timeline page as text, the whole run fitted to the
 * terminal's width, from a given lane on. The full screen draws the same page ({@code view.TimelineView}):
 * this only says which part of it to print.
 */
final class TimelineText {
    /** The page's rows in the line mode: enough for every lane of a small kitchen, not a banquet's hundred thousand. */
    static final int ROWS = 60;

    private TimelineText() {
    }

    /**
     * The timeline of the results shown in {@code rows} lines, from lane {@code first} on (when they do not all fit); empty when no results are shown.
     * The game's own state is not changed: the page is printed from a copy that shows it.
     */
    static Optional<List<String>> of(GameState s, int first, Style style, int width, int rows) {
        if (!(s.screen() instanceof Screen.Results r)) {
            return Optional.empty();
        }
        Screen.Results timeline = new Screen.Results(r.level(), r.result(), r.previous(), r.live(), r.scroll(),
                Screen.ResultsPage.TIMELINE, new TimelineWindow(0, 0, first), r.program());
        GameState shown = new GameState(timeline, s.campaign(), s.progress(), width, rows, Optional.empty(), List.of(), s.runs(), false);
        List<String> text = new ArrayList<>(Pages.text(shown, style, width, rows));
        TimelineView.LaneWindow lanes = TimelineView.lanes(timeline, style, width, rows);
        int next = lanes.first() + lanes.shown();
        if (next < r.result().timeline().lanes().size()) {
            text.add("timeline " + (next + 1) + " shows the rows from " + (next + 1) + " on.");
        }
        return Optional.of(text);
    }
}
