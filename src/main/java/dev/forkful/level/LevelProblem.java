package dev.forkful.level;

/**
 * One mistake in a level file, where it is and what to change.
 *
 * @param line 1-based; 0 when the problem has no line (a missing file, an unreadable one)
 */
public record LevelProblem(String file, int line, String message) {

    /** Control characters quoted from a hostile file would break lines or drive the terminal: shown as U+XXXX. */
    public LevelProblem {
        message = visible(message);
        file = visible(file);
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x2028 || c == 0x2029) {
                b.append(String.format("<U+%04X>", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
