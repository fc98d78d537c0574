package dev.forkful.level;

import java.util.regex.Pattern;

/**
 * The outline's check of a value without quotes or brackets: a boolean, a number that fits a long or
 * a date-time passes; anything else is explained (text without quotes, typographic quotes, a number
 * written wrong, a whole number too large for TOML4J to report truly).
 */
final class TomlBareValues {
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(0|[1-9](_?[0-9])*)(\\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private final TomlCursor at;

    TomlBareValues(TomlCursor cursor) {
        this.at = cursor;
    }

    /** Reads the bare value of {@code key} that starts here, and stops the line if TOML would refuse it. */
    void check(String key) {
        int start = at.position();
        while (!at.atEnd() && ",]}# \t\r\n".indexOf(at.peek()) < 0) {
            at.skip(1);
        }
        String word = at.textFrom(start);
        word.chars().forEach(c -> at.checkControl((char) c, "value"));
        if (NUMBER.matcher(word).matches() && word.matches("[+-]?[0-9_]+") && !fitsALong(word)) {
            at.problem(key + " = " + word + (word.startsWith("-")
                    ? " is too small: a whole number in a level is at least " + Plain.format("%,d", Long.MIN_VALUE)
                    : " is too large: a whole number in a level is at most " + Plain.format("%,d", Long.MAX_VALUE)));
        }
        if (word.equals("true") || word.equals("false") || NUMBER.matcher(word).matches()
                || DATE_TIME.matcher(word).matches()) {
            return;
        }
        if (!word.isEmpty() && "\u201c\u201d\u2018\u2019\u00ab\u00bb".indexOf(word.charAt(0)) >= 0) {
            at.problem("typographic quotes such as \u201c \u201d are not TOML quotes: use straight ones, " + key + " = \"...\"");
        }
        if (word.matches("[+-]?[0-9][0-9_.eE+-]*")) {
            at.problem(word + " is not a valid number (no leading zeros, no trailing dot or underscore)");
        }
        int save = at.position();
        at.skipSpaces();
        boolean moreWords = !at.atLineEnd() && ",]}#".indexOf(at.peek()) < 0;
        at.moveTo(save);
        String written = moreWords ? word + " ..." : word;
        if (word.isEmpty()) {
            at.problem("\"" + key + "\" needs a value here");
        }
        at.problem(written + " is not a TOML value: text needs quotes, e.g. " + key + " = \""
                + (moreWords ? at.restOfLine(start).strip() : word) + "\"");
    }

    /** TOML integers are 64-bit; TOML4J would misreport a longer one as a bad escape. */
    private static boolean fitsALong(String integer) {
        try {
            Long.parseLong(integer.replace("_", "").replace("+", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
