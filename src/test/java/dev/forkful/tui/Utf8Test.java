package dev.forkful.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the real terminal writes for one character: its UTF-8 bytes and nothing after them. */
class Utf8Test {
    @Test
    void eachCharacterIsItsOwnBytesExactly() {
        assertThat(TerminalApp.utf8('a')).containsExactly('a');
        assertThat(TerminalApp.utf8('·')).containsExactly(0xc2, 0xb7);
        assertThat(TerminalApp.utf8('─')).containsExactly(0xe2, 0x94, 0x80);
        assertThat(TerminalApp.utf8('\ud83c')).containsExactly('?');
    }
}
