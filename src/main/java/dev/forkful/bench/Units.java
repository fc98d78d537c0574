package dev.forkful.bench;

import java.util.Locale;

/** How bench writes its figures: plain ASCII, the same in every locale. */
final class Units {
    private Units() {
    }

    static String bytes(double b) {
        if (b < 0) {
            return "n/a";
        }
        if (b < 1024) {
            return String.format(Locale.ROOT, "%.0f B", b);
        }
        return b < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", b / 1024)
                : String.format(Locale.ROOT, "%.1f MB", b / (1024 * 1024));
    }

    static String nanos(double ns) {
        if (ns < 1_000) {
            return String.format(Locale.ROOT, "%.0f ns", ns);
        }
        return ns < 1_000_000 ? String.format(Locale.ROOT, "%.1f us", ns / 1_000)
                : String.format(Locale.ROOT, "%.1f ms", ns / 1_000_000);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
