package dev.forkful.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading of one field of a Linux {@code /proc} file ({@code key:  1234 kB}, {@code key:  21});
 * {@link OsFigures} says which figures come from it and what stands where there is no {@code /proc}.
 */
public final class ProcStatus {
    private ProcStatus() {
    }

    /** The {@code key:  1234 kB} line of a {@code /proc} file, in bytes; empty where the file or line is not there. */
    public static OptionalLong bytes(Path file, String key) {
        return bytes(text(file), key);
    }

    /** The {@code key:  1234 kB} line of a {@code /proc} text, in bytes. */
    public static OptionalLong bytes(String procText, String key) {
        Matcher m = line(key, " kB").matcher(procText);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
    }

    /** The {@code key:  1234} line of a {@code /proc} text: a count, no unit. */
    static OptionalLong field(String procText, String key) {
        Matcher m = line(key, "").matcher(procText);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    private static Pattern line(String key, String unit) {
        return Pattern.compile("(?m)^" + Pattern.quote(key) + ":\\s+(\\d+)" + Pattern.quote(unit) + "$");
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
