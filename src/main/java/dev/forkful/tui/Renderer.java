package dev.forkful.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Screen;

/**
 * The pure view: draws one state onto a {@link TextGraphics}. It reads nothing but the state and
 * keeps nothing between calls, so a test can draw any state into a virtual terminal.
 */
public final class Renderer {
    public static final int MIN_COLUMNS = 80;
    public static final int MIN_ROWS = 24;

    private Renderer() {
    }

    public static void render(GameState state, TextGraphics g, Style style) {
        Pen pen = new Pen(g, style);
        pen.clear();
        if (pen.columns() < MIN_COLUMNS || pen.rows() < MIN_ROWS) {
            TooSmallView.draw(pen);
            return;
        }
        int width = pen.columns();
        int bodyRows = pen.rows() - 4;
        Page page = page(state, style, width, bodyRows);
        pen.draw(0, new Line().add(" forkful ", Tone.TITLE).add(style.dot() + " " + page.title(), Tone.TITLE));
        pen.draw(1, Line.of(style.rule().repeat(width), Tone.DIM));
        pen.draw(2, page.body(), bodyRows);
        state.notice().ifPresent(n -> pen.draw(pen.rows() - 2, Line.of(" " + n, Tone.BAD)));
        pen.draw(pen.rows() - 1, page.keyLine());
    }

    private static Page page(GameState state, Style style, int width, int rows) {
        return switch (state.screen()) {
            case Screen.LevelMap m -> MapView.page(state, m, style, width, rows);
            case Screen.Briefing b -> BriefingView.page(state, b, style, width, rows);
            case Screen.Planning p -> PlanView.page(state, p, style, width, rows);
            case Screen.Cooking c -> KitchenView.page(c, style, width, rows);
            case Screen.Results r -> ResultsView.page(state, r, style, width, rows);
        };
    }

    /**
     * The current screen's title and body as plain lines of at most {@code width} characters, with
     * no length limit: what the line mode prints, so both views say the same things.
     */
    public static java.util.List<String> text(GameState state, Style style, int width) {
        Page page = page(state, style, width, Integer.MAX_VALUE / 2);
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(page.title());
        page.body().forEach(l -> out.add(l.toString().stripTrailing()));
        return out;
    }
}
