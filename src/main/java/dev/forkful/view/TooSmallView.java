package dev.forkful.view;

/** Shown instead of the game when the window is under 80×24. */
public final class TooSmallView {
    private TooSmallView() {
    }

    public static void draw(Line[] rows, int columns) {
        String[] words = {
            "Make the window larger.",
            "forkful needs " + Pages.MIN_COLUMNS + "x" + Pages.MIN_ROWS + "; this one is "
                    + columns + "x" + rows.length + ".",
            "q quits.",
        };
        int top = Math.max(0, rows.length / 2 - 1);
        for (int i = 0; i < words.length && top + i < rows.length; i++) {
            int left = Math.max(0, (columns - words[i].length()) / 2);
            rows[top + i] = new Line().add(" ".repeat(left)).add(words[i], i == 0 ? Tone.TITLE : Tone.PLAIN);
        }
    }
}
