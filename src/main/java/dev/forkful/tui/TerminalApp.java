package dev.forkful.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import dev.forkful.flow.Flow;
import dev.forkful.flow.FlowEvent;
import dev.forkful.flow.GameLoop;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Key;
import dev.forkful.view.Pages;
import dev.forkful.view.Scroll;
import dev.forkful.view.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The one class that touches Lanterna's {@code Terminal} and {@code Screen}: it turns keys and
 * resizes into flow events, draws the loop's frames (at most about 30 a second), and gives the
 * terminal back on every way out: a normal quit, Ctrl-C (a key here), SIGTERM or SIGINT (the shutdown
 * hook) and an exception (the finally).
 */
public final class TerminalApp {
    /** About 30 frames a second while the kitchens cook. */
    static final Duration FRAME_GAP = Duration.ofMillis(33);

    /** Where the app's terminal comes from: the real one, or a virtual one in a test. */
    @FunctionalInterface
    interface TerminalSource {
        Terminal open() throws IOException;
    }

    private final Style style;
    private final TerminalSource source;
    private final Object screenLock = new Object();
    private TerminalScreen screen;
    private Terminal terminal;
    private TerminalSize drawnSize;
    private boolean firstFrameDrawn;
    private volatile boolean ctrlC;

    public TerminalApp(Style style) {
        this(style, TerminalApp::systemTerminal);
    }

    TerminalApp(Style style, TerminalSource source) {
        this.style = style;
        this.source = source;
    }

    /** The process's own terminal, in text mode, with Ctrl-C delivered as a key. */
    private static Terminal systemTerminal() throws IOException {
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
        factory.setForceTextTerminal(true);
        factory.setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP);
        return factory.createTerminal();
    }

    /** Plays until the player quits; the loop is closed (every worker killed) before it returns. */
    public void play(GameLoop loop) throws IOException, InterruptedException {
        Thread restore = new Thread(() -> {
            loop.close();
            restore();
        }, "forkful-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            open(loop);
            loop.run(this::draw, FRAME_GAP);
        } finally {
            loop.close();
            restore();
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: it restores the terminal itself
            }
            if (ctrlC) {
                System.err.println(Flow.STOPPED_BY_CTRL_C);
            }
        }
    }

    private void open(GameLoop loop) throws IOException {
        synchronized (screenLock) {
            terminal = source.open();
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            screen.setCursorPosition(null);
            TerminalSize size = screen.getTerminalSize();
            loop.submit(new FlowEvent.Resized(size.getColumns(), size.getRows()));
        }
        terminal.addResizeListener((t, size) -> loop.submit(new FlowEvent.Resized(size.getColumns(), size.getRows())));
        Thread keys = new Thread(() -> readKeys(loop), "forkful-keys");
        keys.setDaemon(true);
        keys.start();
    }

    /** Blocks on the terminal's input: no polling while the player thinks. */
    private void readKeys(GameLoop loop) {
        try {
            while (true) {
                KeyStroke k = screen.readInput();
                if (k == null || k.getKeyType() == KeyType.EOF) {
                    loop.submit(new FlowEvent.Quit());
                    return;
                }
                Key key = toKey(k);
                ctrlC |= key != null && key.kind() == Key.Kind.CTRL_C;
                if (key != null) {
                    GameState now = loop.state();
                    OptionalInt scroll = Pages.tooSmall(now) ? OptionalInt.empty() : Scroll.target(now, key, style);
                    loop.submit(scroll.isPresent() ? new FlowEvent.ScrollTo(scroll.getAsInt()) : new FlowEvent.Pressed(key));
                }
            }
        } catch (IOException | RuntimeException e) {
            loop.submit(new FlowEvent.Quit());
        }
    }

    static Key toKey(KeyStroke k) {
        return switch (k.getKeyType()) {
            case Character -> k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'c'
                    ? Key.of(Key.Kind.CTRL_C) : Key.ch(k.getCharacter());
            case Enter -> Key.of(Key.Kind.ENTER);
            case Escape -> Key.of(Key.Kind.ESCAPE);
            case ArrowUp -> Key.of(Key.Kind.UP);
            case ArrowDown -> Key.of(Key.Kind.DOWN);
            case ArrowLeft -> Key.of(Key.Kind.LEFT);
            case ArrowRight -> Key.of(Key.Kind.RIGHT);
            case PageUp -> Key.of(Key.Kind.PAGE_UP);
            case PageDown -> Key.of(Key.Kind.PAGE_DOWN);
            default -> null;
        };
    }

    private void draw(GameState state) {
        synchronized (screenLock) {
            if (screen == null) {
                return;
            }
            TerminalSize resized = screen.doResizeIfNecessary();
            boolean full = resized != null || !screen.getTerminalSize().equals(drawnSize);
            drawnSize = screen.getTerminalSize();
            Renderer.render(state, screen.newTextGraphics(), style);
            try {
                screen.refresh(full ? RefreshType.COMPLETE : RefreshType.DELTA);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!firstFrameDrawn) {
            firstFrameDrawn = true;
            noteFirstFrame();
        }
    }

    /**
     * For scripts/startup: when {@code FORKFUL_FIRST_FRAME} names a file, the wall-clock time of the
     * first frame (epoch microseconds) and the CPU time the process had used by then (ms) are written
     * there, to measure launch-to-first-frame from outside; the CPU figure stays fair on a busy machine.
     */
    private static void noteFirstFrame() {
        String file = System.getenv("FORKFUL_FIRST_FRAME");
        if (file == null || file.isBlank()) {
            return;
        }
        java.time.Instant now = java.time.Instant.now();
        long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file),
                    (now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000) + " " + cpuMs + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves the alternate screen and gives the tty its settings back; safe to call twice. */
    private void restore() {
        synchronized (screenLock) {
            try {
                if (screen != null) {
                    screen.stopScreen();
                }
            } catch (IOException | RuntimeException ignored) {
                // the terminal may be gone already; the close below still restores the tty modes
            }
            try {
                if (terminal != null) {
                    terminal.close();
                }
            } catch (IOException | RuntimeException ignored) {
                // nothing more can be done for a terminal that is gone
            }
            screen = null;
            terminal = null;
        }
    }
}
