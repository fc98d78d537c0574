package dev.forkful.score;

import dev.forkful.level.Plain;
import dev.forkful.level.Visible;

/** How the score's texts write figures: plain ASCII, the same in every locale. */
final class Show {
    private static final String[] COUNT_WORDS = {"no", "one", "two", "three", "four", "five"};

    private Show() {
    }

    /** {@code 850 ms} below ten seconds, {@code 12.4 s} above. */
    static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "-";
        }
        if (ms < 10) {
            return Plain.format("%.2f ms", ms);
        }
        return ms < 10_000 ? Plain.format("%.0f ms", ms) : Plain.format("%.1f s", ms / 1000);
    }

    static String count(long n) {
        return Plain.format("%,d", n);
    }

    static String decimal(double x) {
        return Plain.format(x < 10 ? "%.2f" : "%.1f", x);
    }

    /** "one", "two" ... for small counts, digits beyond. */
    static String word(long n) {
        return n >= 0 && n < COUNT_WORDS.length ? COUNT_WORDS[(int) n] : count(n);
    }

    /** "1 dish", "3 dishes". */
    static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** Text a kitchen reported, with control characters (which would drive the terminal) as {@code ?}. */
    static String visible(String text) {
        return text == null ? "-" : Visible.line(text);
    }

    /** Earned stars as asterisks, missing ones as dashes: {@code **-}. */
    static String stars(int earned, int possible) {
        return "*".repeat(earned) + "-".repeat(Math.max(0, possible - earned));
    }
}
