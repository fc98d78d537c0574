package dev.forkful.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.utils.Signals;

/**
 * The one class that touches Lanterna's {@code Terminal} and {@code Screen}: it turns keys and
 * resizes into flow events, draws the loop's frames (at most about 30 a second), and gives the
 * terminal back on every way out: a normal quit, Ctrl-C (a key here), SIGTERM, SIGHUP or SIGINT
 * (the screen cleared first), a shutdown hook and an exception (the finally). Ctrl-Z gives it back
 * to the shell until {@code fg}, which takes it again and redraws.
 */
public final class TerminalApp {
    /** About 30 frames a second while the kitchens cook. */
    static final Duration FRAME_GAP = Duration.ofMillis(33);

    /** Where the app's terminal comes from: the real one, or a virtual one in a test. */
    @FunctionalInterface
    interface TerminalSource {
        Terminal open() throws IOException;
    }

    /** The game's style, given with its loop ({@link #play}). */
    private volatile Style style;
    private final TerminalSource source;
    private final Object screenLock = new Object();
    private TerminalScreen screen;
    private Terminal terminal;
    private TerminalSize drawnSize;
    private boolean firstFrameDrawn;
    private volatile boolean ctrlC;
    /** Ctrl-Z gave the terminal back to the shell; {@code fg} takes it again. */
    private boolean suspended;
    private volatile GameLoop loop;
    /** The terminal and its screen being opened on a thread of their own ({@link #opening}), else null. */
    private CompletableFuture<TerminalScreen> opened;

    public TerminalApp() {
        this(TerminalApp::systemTerminal);
    }

    TerminalApp(TerminalSource source) {
        this.source = source;
    }

    /** The process's own terminal, in text mode, with Ctrl-C delivered as a key. */
    private static Terminal systemTerminal() throws IOException {
        return new Tty();
    }

    /**
     * Starts taking the terminal on a thread of its own while the caller reads the campaign and the save:
     * its tty modes (a process started from the JVM) and its size (asked of the terminal, which answers)
     * were 100 ms of the first frame, now spent beside the campaign's 200. Nothing shows yet: the screen
     * starts in {@link #play}, or the terminal goes back untouched with {@link #abandon}.
     */
    public TerminalApp opening() {
        CompletableFuture<TerminalScreen> future = new CompletableFuture<>();
        opened = future;
        Thread.ofPlatform().daemon().name("forkful-open-terminal").start(() -> {
            Terminal t = null;
            try {
                t = source.open();
                future.complete(new TerminalScreen(t));
            } catch (Throwable e) {
                closeQuietly(t);
                future.completeExceptionally(e);
            }
        });
        return this;
    }

    /** For a game that does not start after all (a bad campaign): the terminal being opened goes back as it was. */
    public void abandon() {
        try {
            closeQuietly(screenOpened().getTerminal());
        } catch (IOException | RuntimeException e) {
            // it did not open: there is nothing to give back
        }
    }

    /**
     * Plays until the player quits; the loop is closed (every worker killed) before it returns.
     *
     * @return whether the player left with Ctrl-C
     */
    public boolean play(Style style, GameLoop loop) throws IOException, InterruptedException {
        this.style = style;
        this.loop = loop;
        Thread restore = new Thread(() -> {
            loop.close();
            restore();
        }, "forkful-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        Runnable unwatch = () -> { };
        try {
            open(loop);
            unwatch = terminal instanceof Tty ? watchSignals() : unwatch;
            loop.run(this::draw, FRAME_GAP);
        } finally {
            loop.close();
            restore();
            unwatch.run();
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: it restores the terminal itself
            }
            if (ctrlC) {
                System.err.println(Flow.STOPPED_BY_CTRL_C);
            }
        }
        return ctrlC;
    }

    /** The signals that end the game, as a shell numbers them (its exit status is 128 + the number). */
    private static final Map<String, Integer> ENDINGS = Map.of("HUP", 1, "INT", 2, "TERM", 15);

    /**
     * Takes Ctrl-Z (SIGTSTP), {@code fg} (SIGCONT) and the ending signals from the JVM's defaults
     * (JLine's {@code Signals}, over {@code sun.misc.Signal}); returns what puts the defaults back.
     * An ending signal no longer goes through shutdown hooks racing Lanterna's own, whose restored tty
     * could still receive a frame: the screen is cleared and left under the screen lock first.
     */
    private Runnable watchSignals() {
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("TSTP", Signals.register("TSTP", this::suspend));
        previous.put("CONT", Signals.register("CONT", this::resume));
        ENDINGS.forEach((name, number) -> previous.put(name, Signals.register(name, () -> leave(128 + number))));
        return () -> previous.forEach(Signals::unregister);
    }

    /** Ctrl-Z: the shell's screen and tty modes back, then the process stops as it would have. */
    private void suspend() {
        synchronized (screenLock) {
            if (!(terminal instanceof Tty tty) || screen == null || suspended) {
                return;
            }
            try {
                screen.stopScreen(false);
                tty.release();
                suspended = true;
            } catch (IOException | RuntimeException e) {
                return; // a terminal that cannot be given back is kept: the game goes on
            }
        }
        Object ours = Signals.registerDefault("TSTP");
        try {
            // the default action stops every thread at once; the shell sees a stopped job, as with any program
            new ProcessBuilder("kill", "-TSTP", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
        } catch (IOException e) {
            // no kill command: the game simply takes the terminal back
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Signals.unregister("TSTP", ours);
        }
        resume();
    }

    /** After {@code fg} (or any SIGCONT): the game's tty modes and screen again, redrawn whole. */
    private void resume() {
        synchronized (screenLock) {
            if (!(terminal instanceof Tty tty) || screen == null) {
                return;
            }
            try {
                // the shell set its own modes while the game was stopped: set the game's again
                tty.retake();
                screen.startScreen();
                suspended = false;
            } catch (IOException | RuntimeException e) {
                return;
            }
            drawnSize = null;
        }
        GameLoop current = loop;
        if (current != null) {
            draw(current.state());
        }
    }

    /** SIGTERM, SIGHUP or SIGINT: a clean screen, the terminal given back, then the exit a shell expects. */
    private void leave(int status) {
        synchronized (screenLock) {
            try {
                if (screen != null && !suspended) {
                    terminal.clearScreen();
                    terminal.flush();
                }
            } catch (IOException | RuntimeException gone) {
                // a hung-up terminal takes no more output; restoring below still tries the tty modes
            }
        }
        restore();
        System.exit(status); // the shutdown hook closes the loop: every worker is killed
    }

    /** The UTF-8 bytes of one character, exactly ({@code ?} for half a surrogate pair). */
    static byte[] utf8(char c) {
        return String.valueOf(c).getBytes(StandardCharsets.UTF_8);
    }

    private void open(GameLoop loop) throws IOException {
        TerminalScreen ready = screenOpened();
        synchronized (screenLock) {
            screen = ready;
            terminal = ready.getTerminal();
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

    /** The screen {@link #opening} opened, or one opened now. */
    private TerminalScreen screenOpened() throws IOException {
        if (opened == null) {
            Terminal t = source.open();
            try {
                return new TerminalScreen(t);
            } catch (IOException | RuntimeException e) {
                closeQuietly(t);
                throw e;
            }
        }
        try {
            return opened.join();
        } catch (CompletionException e) {
            // not a pattern switch: its first run builds a class at run time, milliseconds of the first frame
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    private static void closeQuietly(Terminal t) {
        try {
            if (t != null) {
                t.close();
            }
        } catch (IOException | RuntimeException gone) {
            // a terminal that cannot be closed is gone already
        }
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
            case Tab -> Key.of(Key.Kind.TAB);
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
            FirstFrame.note();
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
