package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTest {
    @Test
    void escapeSequencesAreShownNotObeyed() {
        assertThat(Visible.line("salt\u001b]0;X\u0007")).isEqualTo("salt^[]0;X^G");
        assertThat(Visible.line("\u001b[2J")).isEqualTo("^[[2J");
        assertThat(Visible.line("\u001b]52;c;SGVsbG8=\u0007")).isEqualTo("^[]52;c;SGVsbG8=^G");
        assertThat(Visible.line("nul\u0000 del\u007f")).isEqualTo("nul^@ del^?");
    }

    @Test
    void c1ControlsAreShownTheWayCatDashVShowsThem() {
        // U+009B is CSI on its own, U+009D is OSC, U+0085 a next line
        assertThat(Visible.line("\u009b31m \u009d0;X\u009c \u0085")).isEqualTo("M-^[31m M-^]0;XM-^\\ M-^E");
    }

    @Test
    void aLineShowsItsNewlinesTextKeepsThemAsLayout() {
        assertThat(Visible.line("two\nlines\r\n")).isEqualTo("two^Jlines^M^J");
        assertThat(Visible.text("two\nlines\r\nthree\rfour")).isEqualTo("two\nlines\nthree^Mfour");
        assertThat(Visible.line("a\tb")).isEqualTo("a b");
        assertThat(Visible.text("a\u2028b\u2029c")).isEqualTo("a<U+2028>b<U+2029>c");
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String plain = "Crêpes flambées · ★ ✓ 🍲";
        assertThat(Visible.line(plain)).isSameAs(plain);
        assertThat(Visible.text(plain)).isSameAs(plain);
    }
}
