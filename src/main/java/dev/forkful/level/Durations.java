package dev.forkful.level;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as level files write them: a number and a unit, {@code "250us"}, {@code "5ms"}, {@code "1.5s"}. */
public final class Durations {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m)");

    private Durations() {
    }

    /** The duration, or empty when the text is not a number with one of the units ns, us, ms, s, m. */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(m.group(1));
        long nanosPerUnit = switch (m.group(2)) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            default -> NANOS_PER_MINUTE;
        };
        BigDecimal nanos = n.multiply(BigDecimal.valueOf(nanosPerUnit));
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(nanos.longValue()));
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
            return ms >= 1000 ? BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + "s" : ms + "ms";
        }
        if (ns % 1_000L == 0) {
            return ns / 1_000L + "us";
        }
        return ns + "ns";
    }
}
