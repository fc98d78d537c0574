package dev.forkful.level;

/**
 * The game's own texts are English whatever the machine's locale: numbers in them are formatted with no
 * localization (ASCII digits, '.' before decimals, ',' between thousands). That is also the cheap way:
 * the first number formatted for any locale, {@code Locale.ROOT} and {@code Locale.US} included, loads
 * the JDK's CLDR locale data, about 10 ms of CPU between a run's end and its score.
 */
public final class Plain {
    private Plain() {
    }

    /** {@link String#format} with no locale applied. */
    public static String format(String format, Object... args) {
        return String.format(null, format, args);
    }
}
