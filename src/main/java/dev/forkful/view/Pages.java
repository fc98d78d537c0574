package dev.forkful.view;

import dev.forkful.flow.Flow;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Screen;
import java.util.ArrayList;
import java.util.List;

/**
 * Every screen of the game as a {@link Page} of toned lines, built from the state alone: the full
 * screen draws the page, the line mode prints its text, so both views say the same things.
 */
public final class Pages {
    public static final int MIN_COLUMNS = Flow.MIN_COLUMNS;
    public static final int MIN_ROWS = Flow.MIN_ROWS;

    private Pages() {
    }

    /** The state's terminal is smaller than the screens need: only quitting works there. */
    public static boolean tooSmall(GameState s) {
        return s.columns() < MIN_COLUMNS || s.rows() < MIN_ROWS;
    }

    /** The rows a page's body gets: the frame takes a title, a rule, a notice and the keys. */
    public static int bodyRows(int rows) {
        return rows - 4;
    }

    /** How far the current screen is scrolled. */
    public static int scroll(Screen screen) {
        return switch (screen) {
            case Screen.Results r when r.page() == Screen.ResultsPage.CODE -> r.program().map(Screen.Program::scroll).orElse(0);
            case Screen.Briefing b -> b.scroll();
            case Screen.Results r -> r.scroll();
            default -> 0;
        };
    }

    public static Page page(GameState state, Style style, int width, int rows) {
        return switch (state.screen()) {
            case Screen.LevelMap m -> MapView.page(state, m, style, width, rows);
            case Screen.Briefing b -> BriefingView.page(state, b, style, width, rows);
            case Screen.Planning p -> PlanView.page(state, p, style, width, rows);
            case Screen.Cooking c -> KitchenView.page(c, style, width, rows);
            case Screen.Results r when r.page() == Screen.ResultsPage.TIMELINE -> TimelineView.page(r, style, width, rows);
            case Screen.Results r when r.page() == Screen.ResultsPage.CODE -> CodeView.page(r, style, width);
            case Screen.Results r -> ResultsView.page(state, r, style, width, rows);
        };
    }

    /**
     * The current screen's title and body as plain lines of at most {@code width} characters, with
     * no length limit and no drawings: what the line mode prints.
     */
    public static List<String> text(GameState state, Style style, int width) {
        return text(state, style, width, Integer.MAX_VALUE / 2);
    }

    /** The same in at most {@code rows} lines of body: for a page that shows what fits (the timeline's lanes). */
    public static List<String> text(GameState state, Style style, int width, int rows) {
        Page page = page(state, style.withoutDrawings(), width, rows);
        List<String> out = new ArrayList<>();
        out.add(page.title());
        page.body().forEach(l -> out.add(l.toString().stripTrailing()));
        return out;
    }
}
