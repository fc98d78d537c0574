package dev.forkful.view;

/**
 * How the screen draws: the glyph set (box drawing or plain ASCII), the colour {@link Theme}, and
 * whether the {@link Art} drawings are shown (the full screen, where there is room; never in line
 * mode). Every glyph comes with words on screen, so neither colour nor a glyph is ever the only signal.
 */
public record Style(boolean ascii, Theme theme, boolean drawings) {
    public static final Style DEFAULT = new Style(false, true);

    /** The default theme, or the plain one without colour; with drawings. */
    public Style(boolean ascii, boolean color) {
        this(ascii, color ? Theme.DEFAULT : Theme.plain(), true);
    }

    /** The same style without the drawings: for text that is read line by line. */
    public Style withoutDrawings() {
        return new Style(ascii, theme, false);
    }

    public String starOn() {
        return ascii ? "*" : "★";
    }

    public String starOff() {
        return ascii ? "." : "☆";
    }

    public String fire() {
        return ascii ? "#" : "✹";
    }

    public String ice() {
        return ascii ? "~" : "❄";
    }

    public String race() {
        return ascii ? "!" : "⚠";
    }

    public String pointer() {
        return ascii ? ">" : "▶";
    }

    public String ok() {
        return ascii ? "+" : "✓";
    }

    public String no() {
        return ascii ? "x" : "✗";
    }

    public String barFull() {
        return ascii ? "#" : "█";
    }

    public String barEmpty() {
        return ascii ? "-" : "░";
    }

    public String dot() {
        return ascii ? "-" : "·";
    }

    public String rule() {
        return ascii ? "-" : "─";
    }

    public String left() {
        return ascii ? "<" : "◀";
    }

    public String right() {
        return ascii ? ">" : "▶";
    }

    public String up() {
        return ascii ? "^" : "↑";
    }

    public String down() {
        return ascii ? "v" : "↓";
    }

    public String updown() {
        return ascii ? "Up/Down" : "↑↓";
    }

    public String leftright() {
        return ascii ? "Left/Right" : "←→";
    }

    public String stars(int earned, int of) {
        return starOn().repeat(Math.max(0, earned)) + starOff().repeat(Math.max(0, of - earned));
    }

    public String bar(long done, long total, int width) {
        int full = total <= 0 ? 0 : (int) Math.min(width, done * width / total);
        return barFull().repeat(full) + barEmpty().repeat(width - full);
    }
}
