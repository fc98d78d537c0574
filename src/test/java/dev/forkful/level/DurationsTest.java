package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Durations read in longs, exactly as the BigDecimal reading they replace (rounded down to the nanosecond). */
class DurationsTest {
    private static final String[] UNITS = {"ns", "us", "µs", "ms", "s", "m"};

    @Test
    void readsAsBigDecimalWouldWhateverTheDigits() {
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            String whole = digits(random, 1 + random.nextInt(random.nextBoolean() ? 3 : 20));
            String number = random.nextBoolean() ? whole : whole + "." + digits(random, 1 + random.nextInt(random.nextBoolean() ? 4 : 25));
            String text = number + (random.nextInt(5) == 0 ? " " : "") + UNITS[random.nextInt(UNITS.length)];
            assertThat(Durations.parse(text)).as(text).isEqualTo(byBigDecimal(number, text));
        }
    }

    @Test
    void edges() {
        assertThat(Durations.parse("1.5s")).contains(Duration.ofMillis(1500));
        assertThat(Durations.parse("007ms")).contains(Duration.ofMillis(7));
        assertThat(Durations.parse("0.25us")).contains(Duration.ofNanos(250));
        assertThat(Durations.parse("0.25ns")).contains(Duration.ZERO);
        assertThat(Durations.parse("2m")).contains(Duration.ofMinutes(2));
        assertThat(Durations.parse("76861433640m")).isEmpty(); // past half of a long in nanoseconds
        assertThat(Durations.parse("1.5")).isEmpty();
        assertThat(Durations.parse("-1s")).isEmpty();
    }

    @Test
    void formatsMillisecondsPastASecondWithoutTrailingZeros() {
        assertThat(Durations.format(Duration.ofMillis(1005))).isEqualTo("1.005s");
        assertThat(Durations.format(Duration.ofMillis(1250))).isEqualTo("1.25s");
        assertThat(Durations.format(Duration.ofMillis(61_500))).isEqualTo("61.5s");
    }

    @Test
    void arrivalsInNanosecondsAreDurationsMultiplied() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            Duration every = Duration.ofNanos(random.nextLong(1, i % 2 == 0 ? 1_000_000_000L : Long.MAX_VALUE / 2));
            long n = random.nextInt(1_000_000);
            assertThat(new Arrival(every).arrivalOf(n)).isEqualTo(every.multipliedBy(n));
        }
    }

    private static String digits(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static Optional<Duration> byBigDecimal(String number, String text) {
        String unit = text.substring(text.indexOf(number) + number.length()).strip();
        long perUnit = switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            default -> 60_000_000_000L;
        };
        BigDecimal nanos = new BigDecimal(number).multiply(BigDecimal.valueOf(perUnit));
        return nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos.longValue()));
    }
}
