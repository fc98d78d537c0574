package dev.forkful.level;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the outline's pass stands in the text: the position and line, stepping over spaces, comments
 * and line ends, and recording a mistake as a {@link TomlOutline.Issue}, then giving up on the line
 * ({@link Skip}) or on the rest of the document ({@link Stop}).
 */
final class TomlCursor {
    /** Thrown to abandon the pass after a mistake it cannot step over. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Thrown to drop the rest of a top-level line after a mistake on it. */
    static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final List<TomlOutline.Issue> issues = new ArrayList<>();
    private int pos;
    private int line = 1;

    TomlCursor(String text) {
        this.text = text;
    }

    List<TomlOutline.Issue> issues() {
        return issues;
    }

    int line() {
        return line;
    }

    /** A line end inside a multi-line string, which the string's own loop steps over. */
    void countLine() {
        line++;
    }

    int position() {
        return pos;
    }

    /** Back to a position saved by {@link #position()} on the same line (a look ahead). */
    void moveTo(int position) {
        pos = position;
    }

    void skip(int chars) {
        pos += chars;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix, pos);
    }

    /** Up to {@code chars} characters from here, fewer at the end of the text. */
    String ahead(int chars) {
        return text.substring(pos, Math.min(text.length(), pos + chars));
    }

    /** The text from {@code start} up to here. */
    String textFrom(int start) {
        return text.substring(start, pos);
    }

    void checkControl(char c, String where) {
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            problem(Plain.format("control character U+%04X in a %s (not allowed in TOML)", (int) c, where));
        }
    }

    void skipSpaces() {
        while (pos < text.length() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    /** Spaces and a comment, up to the end of the line. */
    void skipBlank() {
        skipSpaces();
        if (pos < text.length() && peek() == '#') {
            while (pos < text.length() && peek() != '\n' && !text.startsWith("\r\n", pos)) {
                checkControl(peek(), "comment");
                pos++;
            }
        }
    }

    void skipBlankAndNewlines() {
        while (true) {
            skipBlank();
            if (pos < text.length() && atLineEnd()) {
                endOfLine();
            } else {
                return;
            }
        }
    }

    boolean atLineEnd() {
        return pos >= text.length() || peek() == '\n' || peek() == '#' || text.startsWith("\r\n", pos);
    }

    void endOfLine() {
        skipBlank();
        if (pos >= text.length()) {
            return;
        }
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (peek() == '\n') {
            pos++;
        } else {
            checkControl(peek(), "line");
            problem("unexpected " + snippet());
        }
        line++;
    }

    void skipRestOfLine() {
        while (pos < text.length() && peek() != '\n') {
            pos++;
        }
    }

    /** The rest of the value from {@code from}: up to a comment, a separator or the line end. */
    String restOfLine(int from) {
        int end = from;
        while (end < text.length() && "#,]}\r\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(from, end);
    }

    /** What stands here, quoted and cut short, for a message. */
    String snippet() {
        if (pos >= text.length()) {
            return "the end of the file";
        }
        if (peek() == '\n' || peek() == '\r') {
            return "the end of the line";
        }
        String rest = restOfLine(pos);
        if (rest.isEmpty()) {
            rest = text.substring(pos, pos + 1);
        }
        return "\"" + (rest.length() > 30 ? rest.substring(0, 30) + "..." : rest).strip() + "\"";
    }

    RuntimeException problem(String message) {
        return lineProblem(line, message);
    }

    /** Records the issue and abandons the line (or the whole pass, when the issue is on an earlier line). */
    RuntimeException lineProblem(int at, String message) {
        issues.add(new TomlOutline.Issue(at, message, false));
        throw at == line ? new Skip() : new Stop();
    }

    /** Records the issue and abandons the whole pass, whatever line it is on. */
    void stop(int at, String message) {
        issues.add(new TomlOutline.Issue(at, message, false));
        throw new Stop();
    }

    void fatal(String message) {
        issues.add(new TomlOutline.Issue(line, message + ": too large for a level file", true));
        throw new Stop();
    }
}
