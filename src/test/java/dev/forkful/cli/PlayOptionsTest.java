package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlayOptionsTest {
    @Test
    void onlyAUtf8LocaleGetsBoxDrawing() {
        assertThat(PlayOptions.utf8("UTF-8")).isTrue();
        assertThat(PlayOptions.utf8("utf8")).isTrue();
        // what the JVM names the charset of LC_ALL=POSIX or C, and of a Latin-1 locale
        assertThat(PlayOptions.utf8("ANSI_X3.4-1968")).isFalse();
        assertThat(PlayOptions.utf8("ISO-8859-1")).isFalse();
        assertThat(PlayOptions.utf8("no-such-charset")).isFalse();
        assertThat(PlayOptions.utf8(null)).isFalse();
    }
}
