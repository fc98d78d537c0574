package dev.forkful.bench;

import dev.forkful.level.Plain;

/** How bench writes its figures: plain ASCII, the same in every locale. */
final class Units {
    private Units() {
    }

    static String bytes(double b) {
        if (b < 0) {
            return "n/a";
        }
        if (b < 1024) {
            return Plain.format("%.0f B", b);
        }
        return b < 1024 * 1024 ? Plain.format("%.1f KB", b / 1024)
                : Plain.format("%.1f MB", b / (1024 * 1024));
    }

    static String nanos(double ns) {
        if (ns < 1_000) {
            return Plain.format("%.0f ns", ns);
        }
        return ns < 1_000_000 ? Plain.format("%.1f us", ns / 1_000)
                : Plain.format("%.1f ms", ns / 1_000_000);
    }

    static String count(long n) {
        return Plain.format("%,d", n);
    }
}
