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
        Line[] rows = new Line[pen.rows()];
        if (pen.columns() < MIN_COLUMNS || pen.rows() < MIN_ROWS) {
            TooSmallView.draw(rows, pen.columns());
        } else {
            int width = pen.columns();
            int bodyRows = rows.length - 4;
            Page page = page(state, style, width, bodyRows);
            rows[0] = new Line().add(" forkful ", Tone.TITLE).add(style.dot() + " " + page.title(), Tone.TITLE);
            rows[1] = Line.of(style.rule().repeat(width), Tone.DIM);
            for (int i = 0; i < Math.min(bodyRows, page.body().size()); i++) {
                rows[2 + i] = page.body().get(i);
            }
            state.notice().ifPresent(n -> rows[rows.length - 2] = Line.of(" " + n, Tone.BAD));
            rows[rows.length - 1] = page.keyLine();
        }
        pen.frame(rows);
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
