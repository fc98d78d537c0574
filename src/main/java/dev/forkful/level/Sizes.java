package dev.forkful.level;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Memory sizes as level files write them: a number and a unit, {@code "200MB"}, {@code "1.5GB"} (1 MB = 1024 × 1024 bytes). */
final class Sizes {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(KB|MB|GB)");
    /** The most a memory limit may be: more than a machine this game runs on would give a level. */
    private static final double MAX_MB = 1024 * 1024;

    private Sizes() {
    }

    /** The size at {@code key} in MB, or empty (and a problem recorded) when it is missing or not a size. */
    static OptionalDouble megabytes(TomlTable t, String key) {
        Object v = t.raw(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        String example = v instanceof Number n ? "\"" + n + "MB\"" : "\"200MB\"";
        Matcher m = v instanceof String s ? FORM.matcher(s.strip()) : null;
        if (m == null || !m.matches()) {
            t.problem(key, key + " = " + (v instanceof String s ? "\"" + s + "\"" : v) + " is not a memory size: write a number"
                    + " and a unit (KB, MB, GB), e.g. " + key + " = " + example);
            return OptionalDouble.empty();
        }
        double mb = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
            case "KB" -> 1.0 / 1024;
            case "GB" -> 1024;
            default -> 1;
        };
        if (mb <= 0 || mb > MAX_MB) {
            t.problem(key, key + " = \"" + v + "\" is out of range: more than 0 and at most 1024GB");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(mb);
    }
}
