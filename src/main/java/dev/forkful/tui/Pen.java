package dev.forkful.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.forkful.view.Line;
import dev.forkful.view.Style;
import dev.forkful.view.Theme;
import dev.forkful.view.Tone;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Draws a frame of {@link Line}s onto a {@link TextGraphics}, clipped to its width, in the style's theme. */
final class Pen {
    private final TextGraphics g;
    private final Theme theme;
    private final Map<Long, TextCharacter> cells;

    Pen(TextGraphics g, Style style) {
        this.g = g;
        this.theme = style.theme();
        this.cells = CELLS.computeIfAbsent(theme, t -> new ConcurrentHashMap<>());
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

    /** One character in a tone, made once per theme: the game draws few distinct ones. */
    private TextCharacter cell(char c, Tone tone) {
        // a Line has no control characters (it shows them); half of a surrogate pair is no character to draw
        char shown = Character.isSurrogate(c) ? '?' : c;
        return cells.computeIfAbsent((long) tone.ordinal() << 16 | shown, k -> {
            Theme.Ink ink = theme.ink(tone);
            return new TextCharacter(shown, colour(ink.fg()), colour(ink.bg()), modifiers(ink));
        });
    }

    /** By theme, by identity: a record's hashCode links method handles at its first call, milliseconds of the first frame. */
    private static final Map<Theme, Map<Long, TextCharacter>> CELLS = Collections.synchronizedMap(new IdentityHashMap<>());

    private static EnumSet<SGR> modifiers(Theme.Ink ink) {
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
        if (ink.bold()) {
            sgr.add(SGR.BOLD);
        }
        if (ink.reverse()) {
            sgr.add(SGR.REVERSE);
        }
        if (ink.underline()) {
            sgr.add(SGR.UNDERLINE);
        }
        return sgr;
    }

    /** A theme's colour name ({@code "blue-bright"}) as Lanterna's ANSI colour ({@code BLUE_BRIGHT}). */
    static TextColor colour(String name) {
        return TextColor.ANSI.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
