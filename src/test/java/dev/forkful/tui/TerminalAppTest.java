package dev.forkful.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.forkful.flow.Key;
import org.junit.jupiter.api.Test;

class TerminalAppTest {
    @Test
    void lanternaKeysBecomeFlowKeys() {
        assertThat(TerminalApp.toKey(new KeyStroke('c', true, false))).isEqualTo(Key.of(Key.Kind.CTRL_C));
        assertThat(TerminalApp.toKey(new KeyStroke('q', false, false))).isEqualTo(Key.ch('q'));
        assertThat(TerminalApp.toKey(new KeyStroke(KeyType.Enter))).isEqualTo(Key.of(Key.Kind.ENTER));
        assertThat(TerminalApp.toKey(new KeyStroke(KeyType.Escape))).isEqualTo(Key.of(Key.Kind.ESCAPE));
        assertThat(TerminalApp.toKey(new KeyStroke(KeyType.ArrowLeft))).isEqualTo(Key.of(Key.Kind.LEFT));
        assertThat(TerminalApp.toKey(new KeyStroke(KeyType.F1))).isNull();
    }
}
