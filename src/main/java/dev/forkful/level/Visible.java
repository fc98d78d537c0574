package dev.forkful.level;

import java.util.Locale;

/**
 * Text that a level file (or a file name) brings to a terminal, made unable to drive it: every
 * control character is shown in caret notation, as {@code cat -v} does ({@code ESC} as
 * {@code ^[}, {@code BEL} as {@code ^G}, {@code DEL} as {@code ^?}, the C1 controls U+0080..U+009F
 * as {@code M-^@}..{@code M-^_}), so an escape sequence in a step's name is read, not obeyed. A tab
 * is a space; the line and paragraph separators U+2028 and U+2029, which some terminals break lines
 * at, are {@code <U+2028>} and {@code <U+2029>}. Both views, {@code check} and every
 * {@link LevelProblem} show level text through this one class.
 */
public final class Visible {
    private static final char DEL = 0x7f;
    private static final char LAST_C1 = 0x9f;
    private static final char LINE_SEPARATOR = 0x2028;
    private static final char PARAGRAPH_SEPARATOR = 0x2029;

    private Visible() {
    }

    /** One line of text: a newline in it is shown too (a title, a name, a file name, a message). */
    public static String line(String text) {
        return shown(text, false);
    }

    /**
     * Text whose newlines are its layout (a brief, a lesson, a hint, a page): they stay, a
     * {@code \r\n} line end becomes {@code \n}, every other control character is shown.
     */
    public static String text(String text) {
        return shown(text, true);
    }

    private static String shown(String text, boolean keepNewlines) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (keepNewlines && c == '\n') {
                out.append(c);
            } else if (keepNewlines && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // a CRLF line end: its newline follows
            } else if (c < ' ') {
                out.append('^').append((char) (c + '@'));
            } else if (c == DEL) {
                out.append("^?");
            } else if (c > DEL && c <= LAST_C1) {
                out.append("M-^").append((char) (c - 0x80 + '@'));
            } else if (c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
                out.append("<U+").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append('>');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Where the first character that needs showing is, or -1: most text has none and is returned as it is. */
    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c >= DEL && c <= LAST_C1 || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
                return i;
            }
        }
        return -1;
    }
}
