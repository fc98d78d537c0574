package dev.forkful.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;

/** Draws {@link Line}s onto a {@link TextGraphics}, clipped to its width, in the style's colours. */
final class Pen {
    private final TextGraphics g;
    private final Style style;

    Pen(TextGraphics g, Style style) {
        this.g = g;
        this.style = style;
    }

    int columns() {
        return g.getSize().getColumns();
    }

    int rows() {
        return g.getSize().getRows();
    }

    Style style() {
        return style;
    }

    void clear() {
        tone(Tone.PLAIN);
        g.fill(' ');
    }

    void draw(int row, Line line) {
        draw(0, row, line);
    }

    void draw(int column, int row, Line line) {
        if (row < 0 || row >= rows()) {
            return;
        }
        int col = column;
        for (Line.Piece p : line.pieces()) {
            if (col >= columns()) {
                break;
            }
            String text = p.text().length() > columns() - col ? p.text().substring(0, columns() - col) : p.text();
            tone(p.tone());
            g.putString(col, row, text);
            col += text.length();
        }
        tone(Tone.PLAIN);
    }

    /** Draws lines from {@code top}, at most {@code height} of them. */
    void draw(int top, List<Line> lines, int height) {
        for (int i = 0; i < Math.min(height, lines.size()); i++) {
            draw(top + i, lines.get(i));
        }
    }

    private void tone(Tone tone) {
        g.clearModifiers();
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        switch (tone) {
            case TITLE, KEY -> g.enableModifiers(SGR.BOLD);
            case SELECTED -> g.enableModifiers(SGR.REVERSE);
            default -> {
            }
        }
        if (!style.color()) {
            return;
        }
        switch (tone) {
            case DIM -> g.setForegroundColor(TextColor.ANSI.WHITE);
            case TITLE -> g.setForegroundColor(TextColor.ANSI.CYAN);
            case GOOD -> g.setForegroundColor(TextColor.ANSI.GREEN);
            case BAD, FIRE -> g.setForegroundColor(TextColor.ANSI.RED);
            case ICE -> g.setForegroundColor(TextColor.ANSI.BLUE_BRIGHT);
            case KEY -> g.setForegroundColor(TextColor.ANSI.YELLOW);
            default -> {
            }
        }
    }

    /** Splits text into lines at most {@code width} wide, at spaces where it can. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.strip().split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                while (word.length() > width) {
                    if (!line.isEmpty()) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    out.add(word.substring(0, width));
                    word = word.substring(width);
                }
                if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }
}
