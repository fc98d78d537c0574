package dev.forkful.level;

/**
 * One mistake in a level file, where it is and what to change.
 *
 * @param line 1-based; 0 when the problem has no line (a missing file, an unreadable one)
 */
public record LevelProblem(String file, int line, String message) {

    /** Control characters quoted from a hostile file would break lines or drive the terminal: shown ({@link Visible}). */
    public LevelProblem {
        message = Visible.line(message);
        file = Visible.line(file);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
