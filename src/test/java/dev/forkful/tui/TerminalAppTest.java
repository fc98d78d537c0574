package dev.forkful.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import dev.forkful.flow.Fixtures;
import dev.forkful.flow.FlowEvent;
import dev.forkful.flow.GameLoop;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Key;
import dev.forkful.flow.Screen;
import dev.forkful.flow.ScriptedBackend;
import dev.forkful.save.SaveFile;
import dev.forkful.view.Style;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerminalAppTest {
    @TempDir
    Path data;

    /**
     * A virtual terminal that counts how often the screen left its private mode and the terminal was
     * closed. Its keys come from a queue of its own: Lanterna's virtual terminal holds its monitor
     * while {@code readInput} blocks, so a key reader would keep every frame from being drawn.
     */
    static final class WatchedTerminal extends DefaultVirtualTerminal {
        final LinkedBlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();
        final AtomicInteger enteredPrivateMode = new AtomicInteger();
        final AtomicInteger leftPrivateMode = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();

        WatchedTerminal() {
            super(new TerminalSize(100, 30));
            addVirtualTerminalListener(new VirtualTerminalListener() {
                @Override
                public void onFlush() {
                }

                @Override
                public void onBell() {
                }

                @Override
                public void onClose() {
                    closed.incrementAndGet();
                }

                @Override
                public void onResized(com.googlecode.lanterna.terminal.Terminal terminal, TerminalSize size) {
                }
            });
        }

        @Override
        public KeyStroke readInput() {
            try {
                return keys.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new KeyStroke(KeyType.EOF);
            }
        }

        @Override
        public KeyStroke pollInput() {
            return keys.poll();
        }

        @Override
        public synchronized void enterPrivateMode() {
            enteredPrivateMode.incrementAndGet();
            super.enterPrivateMode();
        }

        @Override
        public synchronized void exitPrivateMode() {
            leftPrivateMode.incrementAndGet();
            super.exitPrivateMode();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aQuitGivesTheTerminalBack() throws Exception {
        WatchedTerminal vt = new WatchedTerminal();
        GameLoop loop = new GameLoop(new ScriptedBackend(List.of(), 0), new SaveFile(data), Fixtures.start());
        vt.keys.add(new KeyStroke('q', false, false));

        new TerminalApp(() -> vt).play(Style.DEFAULT, loop);

        assertThat(vt.leftPrivateMode).hasValue(1);
        assertThat(vt.closed).hasValue(1);
    }

    /** The terminal opened beside the campaign's reading is the one played, and given back the same way. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aTerminalOpenedAheadIsTheOnePlayed() throws Exception {
        WatchedTerminal vt = new WatchedTerminal();
        AtomicInteger opened = new AtomicInteger();
        GameLoop loop = new GameLoop(new ScriptedBackend(List.of(), 0), new SaveFile(data), Fixtures.start());
        vt.keys.add(new KeyStroke('q', false, false));

        new TerminalApp(() -> {
            opened.incrementAndGet();
            return vt;
        }).opening().play(Style.DEFAULT, loop);

        assertThat(opened).hasValue(1);
        assertThat(vt.enteredPrivateMode).hasValue(1);
        assertThat(vt.leftPrivateMode).hasValue(1);
        assertThat(vt.closed).hasValue(1);
    }

    /** A game that does not start (a bad campaign) gives back the terminal opened meanwhile, never having shown a screen. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anAbandonedOpeningClosesTheTerminalUnshown() {
        WatchedTerminal vt = new WatchedTerminal();

        new TerminalApp(() -> vt).opening().abandon();

        assertThat(vt.enteredPrivateMode).hasValue(0);
        assertThat(vt.closed).hasValue(1);
    }

    /** A terminal that cannot be opened ahead fails the game with the terminal's own error. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aTerminalThatCannotOpenFailsPlayWithItsError() {
        GameLoop loop = new GameLoop(new ScriptedBackend(List.of(), 0), new SaveFile(data), Fixtures.start());
        TerminalApp app = new TerminalApp(() -> {
            throw new IOException("no tty here");
        }).opening();

        assertThatThrownBy(() -> app.play(Style.DEFAULT, loop)).isInstanceOf(IOException.class).hasMessage("no tty here");
    }

    /** A bug that throws while drawing must still leave the player a working terminal, and the error must reach the caller. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anExceptionWhileDrawingGivesTheTerminalBackAndIsNotSwallowed() {
        WatchedTerminal vt = new WatchedTerminal();
        GameState planning = planning(Fixtures.start());
        Screen.Planning p = (Screen.Planning) planning.screen();
        GameState broken = new GameState(new Screen.Planning(p.level(), p.plan(), 99, p.previous()), planning.campaign(),
                planning.progress(), planning.columns(), planning.rows(), planning.notice(), planning.effects(), planning.runs(),
                planning.quit());
        GameLoop loop = new GameLoop(new ScriptedBackend(List.of(), 0), new SaveFile(data), broken);

        assertThatThrownBy(() -> new TerminalApp(() -> vt).play(Style.DEFAULT, loop)).isInstanceOf(IndexOutOfBoundsException.class);

        assertThat(vt.leftPrivateMode).hasValue(1);
        assertThat(vt.closed).hasValue(1);
        vt.keys.add(new KeyStroke(KeyType.EOF));
    }

    /** The plan screen of the first level. */
    private static GameState planning(GameState start) {
        GameState s = dev.forkful.flow.Flow.update(start, new FlowEvent.Pressed(Key.of(Key.Kind.ENTER)));
        return dev.forkful.flow.Flow.update(s, new FlowEvent.Pressed(Key.of(Key.Kind.ENTER)));
    }

    @Test
    void lanternaKeysBecomeFlowKeys() {
        assertThat(TerminalApp.toKey(new KeyStroke('c', true, false))).isEqualTo(Key.of(Key.Kind.CTRL_C));
        assertThat(TerminalApp.toKey(new KeyStroke('q', false, false))).isEqualTo(Key.ch('q'));
        assertThat(TerminalApp.toKey(new KeyStroke(KeyType.Enter))).isEqualTo(Key.of(Key.Kind.ENTER));
        assertThat(TerminalApp.toKey(new KeyStroke(KeyType.Tab))).isEqualTo(Key.of(Key.Kind.TAB));
        assertThat(TerminalApp.toKey(new KeyStroke(KeyType.Escape))).isEqualTo(Key.of(Key.Kind.ESCAPE));
        assertThat(TerminalApp.toKey(new KeyStroke(KeyType.ArrowLeft))).isEqualTo(Key.of(Key.Kind.LEFT));
        assertThat(TerminalApp.toKey(new KeyStroke(KeyType.F1))).isNull();
    }
}
