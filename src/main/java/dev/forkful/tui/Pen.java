package dev.forkful.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.forkful.view.Line;
import dev.forkful.view.Style;
import dev.forkful.view.Tone;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Draws a frame of {@link Line}s onto a {@link TextGraphics}, clipped to its width, in the style's colours. */
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

    /**
     * Sets every cell once, row by row ({@code null} rows are blank), from cached characters:
     * Lanterna's putString re-parses every character (Unicode block, grapheme breaks, interning),
     * and clearing first would set each cell twice.
     */
    void frame(Line[] rows) {
        int width = columns();
        TextCharacter blank = cell(' ', Tone.PLAIN);
        for (int row = 0; row < rows.length; row++) {
            int col = 0;
            if (rows[row] != null) {
                for (Line.Piece p : rows[row].pieces()) {
                    String text = p.text();
                    for (int i = 0; i < text.length() && col < width; i++, col++) {
                        g.setCharacter(col, row, cell(text.charAt(i), p.tone()));
                    }
                }
            }
            for (; col < width; col++) {
                g.setCharacter(col, row, blank);
            }
        }
    }

    /** One character in a tone, made once per style: the game draws few distinct ones. */
    private TextCharacter cell(char c, Tone tone) {
        // a Line has no control characters (it shows them); half of a surrogate pair is no character to draw
        char shown = Character.isSurrogate(c) ? '?' : c;
        return CELLS.computeIfAbsent((style.color() ? 1L << 40 : 0) | (long) tone.ordinal() << 16 | shown,
                k -> new TextCharacter(shown, foreground(tone), TextColor.ANSI.DEFAULT, modifiers(tone)));
    }

    private static final Map<Long, TextCharacter> CELLS = new ConcurrentHashMap<>();

    private EnumSet<SGR> modifiers(Tone tone) {
        return switch (tone) {
            case TITLE, KEY -> EnumSet.of(SGR.BOLD);
            case SELECTED -> EnumSet.of(SGR.REVERSE);
            default -> EnumSet.noneOf(SGR.class);
        };
    }

    private TextColor foreground(Tone tone) {
        if (!style.color()) {
            return TextColor.ANSI.DEFAULT;
        }
        return switch (tone) {
            case DIM -> TextColor.ANSI.WHITE;
            case TITLE -> TextColor.ANSI.CYAN;
            case GOOD -> TextColor.ANSI.GREEN;
            case BAD, FIRE -> TextColor.ANSI.RED;
            case ICE -> TextColor.ANSI.BLUE_BRIGHT;
            case KEY -> TextColor.ANSI.YELLOW;
            default -> TextColor.ANSI.DEFAULT;
        };
    }
}
