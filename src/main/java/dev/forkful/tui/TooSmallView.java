package dev.forkful.tui;

/** Shown instead of the game when the window is under 80×24. */
final class TooSmallView {
    private TooSmallView() {
    }

    static void draw(Pen pen) {
        String[] words = {
            "Make the window larger.",
            "forkful needs " + Renderer.MIN_COLUMNS + "x" + Renderer.MIN_ROWS + "; this one is "
                    + pen.columns() + "x" + pen.rows() + ".",
            "q quits.",
        };
        int top = Math.max(0, pen.rows() / 2 - 1);
        for (int i = 0; i < words.length; i++) {
            int left = Math.max(0, (pen.columns() - words[i].length()) / 2);
            pen.draw(left, top + i, Line.of(words[i], i == 0 ? Tone.TITLE : Tone.PLAIN));
        }
    }
}
