package dev.forkful.level;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as level files write them: a number and a unit, {@code "250us"}, {@code "5ms"}, {@code "1.5s"}. */
public final class Durations {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    /** The longest duration read: half of what a long holds in nanoseconds, so that sums of a few stay exact. */
    private static final long LIMIT_NANOS = Long.MAX_VALUE / 2;
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L};
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m)");

    private Durations() {
    }

    /** The duration, or empty when the text is not a number with one of the units ns, us, ms, s, m. */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        // a unit is 1 or 6 times a power of ten nanoseconds: exact in longs, with no BigDecimal (whose
        // class initialisation alone took 5 ms of every run's start)
        int tens = switch (m.group(2)) {
            case "ns" -> 0;
            case "us", "µs" -> 3;
            case "ms" -> 6;
            case "s" -> 9;
            default -> 10; // a minute: 6 x 10^10 ns
        };
        long times = m.group(2).equals("m") ? 6 : 1;
        String number = m.group(1);
        int dot = number.indexOf('.');
        String whole = dot < 0 ? number : number.substring(0, dot);
        String fraction = dot < 0 ? "" : number.substring(dot + 1);
        int first = 0;
        while (first < whole.length() - 1 && whole.charAt(first) == '0') {
            first++;
        }
        whole = whole.substring(first);
        long unit = times * POWERS_OF_TEN[tens];
        // past 18 digits a whole number may not fit a long; it is past the limit anyway
        if (whole.length() > 18 && (whole.length() > 19 || whole.compareTo(Long.toString(LIMIT_NANOS)) > 0)
                || Long.parseLong(whole) > LIMIT_NANOS / unit) {
            return Optional.empty();
        }
        long nanos = Long.parseLong(whole) * unit;
        if (!fraction.isEmpty()) {
            // the fraction's nanoseconds, rounded down as before: f * times * 10^tens / 10^digits
            int digits = Math.min(fraction.length(), 18);
            long f = Long.parseLong(fraction.substring(0, digits)) * times;
            nanos += digits <= tens ? f * POWERS_OF_TEN[tens - digits] : f / POWERS_OF_TEN[digits - tens];
        }
        return nanos > LIMIT_NANOS ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /**
     * The shortest exact form in the level-file units: {@code 10m}, {@code 1.5s}, {@code 5ms}, {@code 250us};
     * whole minutes from two on, as levels/README.md writes them, a minute or less in seconds ({@code 60s}).
     */
    public static String format(Duration d) {
        long ns = d.toNanos();
        if (ns == 0) {
            return "0ms";
        }
        if (ns % NANOS_PER_MINUTE == 0 && ns > NANOS_PER_MINUTE) {
            return ns / NANOS_PER_MINUTE + "m";
        }
        if (ns % 1_000_000_000L == 0) {
            return ns / 1_000_000_000L + "s";
        }
        if (ns % 1_000_000L == 0) {
            long ms = ns / 1_000_000L;
            return ms >= 1000 ? ms / 1000 + "." + Plain.format("%03d", ms % 1000).replaceFirst("0+$", "") + "s" : ms + "ms";
        }
        if (ns % 1_000L == 0) {
            return ns / 1_000L + "us";
        }
        return ns + "ns";
    }
}
