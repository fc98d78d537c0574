package dev.forkful.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.forkful.flow.GameState;
import dev.forkful.view.Line;
import dev.forkful.view.Page;
import dev.forkful.view.Pages;
import dev.forkful.view.Scroll;
import dev.forkful.view.Style;
import dev.forkful.view.Tone;
import dev.forkful.view.TooSmallView;
import java.util.List;

/**
 * The pure view: draws one state onto a {@link TextGraphics}. It reads nothing but the state and
 * keeps nothing between calls, so a test can draw any state into a virtual terminal.
 */
public final class Renderer {
    private Renderer() {
    }

    public static void render(GameState state, TextGraphics g, Style style) {
        Pen pen = new Pen(g, style);
        Line[] rows = new Line[pen.rows()];
        if (pen.columns() < Pages.MIN_COLUMNS || pen.rows() < Pages.MIN_ROWS) {
            TooSmallView.draw(rows, pen.columns());
        } else {
            int width = pen.columns();
            int bodyRows = Pages.bodyRows(rows.length);
            Page page = Pages.page(state, style, width, bodyRows);
            rows[0] = new Line().add(" forkful ", Tone.TITLE).add(style.dot() + " " + page.title(), Tone.TITLE);
            rows[1] = Line.of(style.rule().repeat(width), Tone.DIM);
            List<Line> shown = Scroll.window(page.body(), Pages.scroll(state.screen()), bodyRows, style);
            for (int i = 0; i < Math.min(bodyRows, shown.size()); i++) {
                rows[2 + i] = shown.get(i);
            }
            state.notice().ifPresent(n -> rows[rows.length - 2] = Line.of(" " + n, Tone.BAD));
            rows[rows.length - 1] = page.keyLine();
        }
        pen.frame(rows);
    }
}
