package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlainTest {
    @Test
    void numbersLookTheSameWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Plain.format("%,d orders, %.1f%% served, %.2f x", 1234567, 99.95, 1.5))
                    .isEqualTo("1,234,567 orders, 100.0% served, 1.50 x");
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(Plain.format("%d ms", 42)).isEqualTo("42 ms");
        } finally {
            Locale.setDefault(before);
        }
    }
}
