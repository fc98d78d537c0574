package dev.forkful.level;

/**
 * The outline's reading of TOML strings: one-line basic ("...") and literal ('...') ones, multi-line
 * ones, and the escapes TOML knows, so that brackets, # and quotes inside a string are not taken for
 * structure and a bad escape is named at its own line.
 */
final class TomlStrings {
    private final TomlCursor at;

    TomlStrings(TomlCursor cursor) {
        this.at = cursor;
    }

    /** A one-line string: basic ("...", with escapes) or literal ('...'). Returns its content. */
    String basicOrLiteral(char quote, String what) {
        int openLine = at.line();
        at.skip(1);
        StringBuilder content = new StringBuilder();
        while (true) {
            if (at.atEnd() || at.peek() == '\n' || at.peek() == '\r') {
                at.lineProblem(openLine, "this " + what + " is not closed with " + quote + " on the same line");
            }
            char c = at.peek();
            if (c == quote) {
                at.skip(1);
                return content.toString();
            }
            at.checkControl(c, what);
            if (c == '\\' && quote == '"') {
                content.appendCodePoint(escape());
                continue;
            }
            content.append(c);
            at.skip(1);
        }
    }

    /** A string opened by {@code delimiter} (three quotes), which may run over several lines. */
    void multiline(String delimiter) {
        int openLine = at.line();
        at.skip(3);
        while (true) {
            if (at.atEnd()) {
                at.lineProblem(openLine, "this multi-line string is never closed with " + delimiter);
            }
            if (at.startsWith(delimiter)) {
                at.skip(3);
                // up to two more quotes may belong to the content
                for (int i = 0; i < 2 && !at.atEnd() && at.peek() == delimiter.charAt(0); i++) {
                    at.skip(1);
                }
                return;
            }
            char c = at.peek();
            if (c == '\n') {
                at.skip(1);
                at.countLine();
            } else if (c == '\r' && at.startsWith("\r\n")) {
                at.skip(2);
                at.countLine();
            } else if (c == '\\' && delimiter.charAt(0) == '"') {
                multilineEscape();
            } else {
                at.checkControl(c, "string");
                at.skip(1);
            }
        }
    }

    private void multilineEscape() {
        int save = at.position();
        at.skip(1);
        while (!at.atEnd() && (at.peek() == ' ' || at.peek() == '\t')) {
            at.skip(1);
        }
        if (!at.atEnd() && (at.peek() == '\n' || at.peek() == '\r')) {
            return; // a line-ending backslash: the loop counts the newline
        }
        at.moveTo(save);
        escape();
    }

    /** Reads one escape after a backslash and returns the character it stands for. */
    private int escape() {
        at.skip(1);
        char e = at.peek();
        switch (e) {
            case 'b', 't', 'n', 'f', 'r', '"', '\\' -> {
                at.skip(1);
                return "btnfr\"\\".indexOf(e) < 5 ? "\b\t\n\f\r".charAt("btnfr".indexOf(e)) : e;
            }
            case 'u', 'U' -> {
                int digits = e == 'u' ? 4 : 8;
                at.skip(1);
                String hex = at.ahead(digits);
                if (hex.length() < digits || !hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                    at.problem("\\" + e + " must be followed by " + digits + " hex digits");
                }
                long cp = Long.parseLong(hex, 16);
                if (cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    at.problem("\\" + e + hex + " is not a Unicode character");
                }
                at.skip(digits);
                return (int) cp;
            }
            default -> throw at.problem("\\" + (e == 0 ? "" : String.valueOf(e))
                    + " is not an escape TOML knows (use \\\\ for a backslash)");
        }
    }
}
