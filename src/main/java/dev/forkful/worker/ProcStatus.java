package dev.forkful.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The reading of one field of a Linux {@code /proc} file ({@code key:  1234 kB}, {@code key:  21});
 * {@link OsFigures} says which figures come from it and what stands where there is no {@code /proc}.
 */
public final class ProcStatus {
    /** What a regular expression's {@code \s} matches. */
    private static final String WHITE = " \t\n\u000B\f\r";

    private ProcStatus() {
    }

    /** The {@code key:  1234 kB} line of a {@code /proc} file, in bytes; empty where the file or line is not there. */
    public static OptionalLong bytes(Path file, String key) {
        return bytes(text(file), key);
    }

    /** The {@code key:  1234 kB} line of a {@code /proc} text, in bytes. */
    public static OptionalLong bytes(String procText, String key) {
        long n = number(procText, key, " kB");
        return n >= 0 ? OptionalLong.of(n * 1024) : OptionalLong.empty();
    }

    /** The {@code key:  1234} line of a {@code /proc} text: a count, no unit. */
    static OptionalLong field(String procText, String key) {
        long n = number(procText, key, "");
        return n >= 0 ? OptionalLong.of(n) : OptionalLong.empty();
    }

    /**
     * The number of the first line {@code key:}, white space, digits, then {@code unit} and the line's end;
     * -1 where there is none. Read by hand, not by a regular expression: a kitchen samples its status while
     * it cooks, and compiling a pattern each time was a few ms of a cold kitchen's CPU.
     */
    private static long number(String text, String key, String unit) {
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            int i = at + key.length();
            if ((at > 0 && text.charAt(at - 1) != '\n') || i >= text.length() || text.charAt(i) != ':') {
                continue;
            }
            int spaces = ++i;
            while (i < text.length() && WHITE.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            int digits = i;
            long n = 0;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - digits < 18) {
                n = 10 * n + text.charAt(i++) - '0';
            }
            int end = i + unit.length();
            if (digits > spaces && i > digits && text.startsWith(unit, i)
                    && (end == text.length() || text.charAt(end) == '\n')) {
                return n;
            }
        }
        return -1;
    }

    /** The file's text, empty where there is no {@code /proc} (not Linux, or the process is gone). */
    public static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }
}
