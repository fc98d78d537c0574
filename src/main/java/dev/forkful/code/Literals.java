package dev.forkful.code;

import dev.forkful.level.Plain;
import java.math.BigDecimal;
import java.time.Duration;

/** Values as source text: strings quoted and escaped so no level text can break out of them, durations in seconds. */
final class Literals {
    private static final int NANOS_DIGITS = 9;

    private Literals() {
    }

    /** A double-quoted string literal, valid in Python and in Java: control characters and quotes escaped. */
    static String string(String s, Lang lang) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < ' ' || c == 0x7f) {
                // octal in Java: a \\u escape there would be read before the string is
                out.append(lang == Lang.JAVA ? Plain.format("\\%03o", (int) c) : Plain.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Exact seconds, as Python's time.sleep takes them: {@code 0.2}, {@code 0.0002}, {@code 1.0}. */
    static String seconds(Duration d) {
        String s = BigDecimal.valueOf(d.toNanos(), NANOS_DIGITS).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** Python's identifier for a task id ({@code garlic-bread} to {@code garlic_bread}). */
    static String pythonName(String id) {
        return id.replace('-', '_');
    }
}
