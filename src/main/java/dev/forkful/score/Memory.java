package dev.forkful.score;

import dev.forkful.level.Plain;

/** How every screen and text writes a memory figure: megabytes, or "not measured here" where it is -1. */
public final class Memory {
    public static final String NOT_MEASURED = "not measured here";

    private Memory() {
    }

    /** {@code megabytes} in {@code format} (such as {@code "%.1f MB"}), or {@link #NOT_MEASURED} when negative. */
    public static String of(double megabytes, String format) {
        return megabytes < 0 ? NOT_MEASURED : Plain.format(format, megabytes);
    }
}
