package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TomlBareValuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "0", "-12", "1_000", "+1.5e3", "9223372036854775807",
            "1979-05-27T07:32:00Z", "1979-05-27T07:32:00.5-07:00"})
    void passesWhatTomlReads(String value) {
        TomlCursor at = new TomlCursor(value + ", next");
        new TomlBareValues(at).check("x");
        assertThat(at.issues()).isEmpty();
        assertThat(at.peek()).isEqualTo(',');
    }

    @Test
    void explainsTextWithoutQuotes() {
        assertThat(issue("lunch rush # comment")).isEqualTo("lunch ... is not a TOML value: text needs quotes, e.g."
                + " x = \"lunch rush\"");
        assertThat(issue("\u201clunch\u201d")).isEqualTo("typographic quotes such as \u201c \u201d are not TOML quotes:"
                + " use straight ones, x = \"...\"");
        assertThat(issue("")).isEqualTo("\"x\" needs a value here");
    }

    @Test
    void explainsANumberWrittenWrongOrTooLarge() {
        assertThat(issue("007")).isEqualTo("007 is not a valid number (no leading zeros, no trailing dot or underscore)");
        assertThat(issue("9223372036854775808")).isEqualTo("x = 9223372036854775808 is too large: a whole number in a level"
                + " is at most 9,223,372,036,854,775,807");
    }

    private static String issue(String value) {
        TomlCursor at = new TomlCursor(value + "\n");
        assertThatThrownBy(() -> new TomlBareValues(at).check("x")).isInstanceOf(TomlCursor.Skip.class);
        return at.issues().getFirst().message();
    }
}
