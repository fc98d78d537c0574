package dev.forkful.view;

import dev.forkful.level.Visible;
import java.util.ArrayList;
import java.util.List;

/** One row of text in pieces of different tones, built left to right. */
public final class Line {
    /** A piece of text and its tone. */
    public record Piece(String text, Tone tone) {}

    private final List<Piece> pieces = new ArrayList<>();
    private int length;

    public static Line of(String text) {
        return new Line().add(text);
    }

    public static Line of(String text, Tone tone) {
        return new Line().add(text, tone);
    }

    public Line add(String text) {
        return add(text, Tone.PLAIN);
    }

    /** Adds text in a tone; its control characters are shown ({@link Visible}), never sent to the terminal. */
    public Line add(String text, Tone tone) {
        String shown = Visible.line(text);
        pieces.add(new Piece(shown, tone));
        length += shown.length();
        return this;
    }

    /** Pads with spaces up to {@code column}. */
    public Line padTo(int column) {
        return length < column ? add(" ".repeat(column - length)) : this;
    }

    public int length() {
        return length;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.text()));
        return b.toString();
    }
}
