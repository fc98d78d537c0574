package dev.forkful.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lanterna's Unix terminal, with the tty modes it sets at start opened to Ctrl-Z and {@code fg}, and set
 * by one {@code stty} run rather than four: each run is a process started from the JVM, 10 to 20 ms of
 * the first frame on a quiet machine (Lanterna 3.1.5 runs {@code stty -g}, {@code -icanon},
 * {@code min 1}, {@code -echo} and {@code intr undef} one by one).
 */
final class Tty extends UnixTerminal {
    /**
     * Whether the game's modes are set: Lanterna switches canonical mode off first, then echo, then the
     * keys' signals; the first call sets all three and the two others find them set. No initialiser:
     * Lanterna's constructor calls in before this class's fields would be initialised.
     */
    private boolean gameModes;

    /** The question "where is the cursor?" (CSI 6n), whose answer Lanterna awaits to learn the terminal's size. */
    private static final byte[] POSITION_QUESTION = {'6', 'n'};

    /**
     * Output buffered until Lanterna flushes (a frame's end, the screen's start and stop): through
     * {@code System.out}, which flushes every write, a full frame was 3,000 writes to the terminal, a
     * character each, 20 to 30 ms of the first frame.
     */
    Tty() throws IOException {
        super(System.in, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    }

    /**
     * The size the terminal last told, until it says it changed (SIGWINCH): Lanterna asks again when the
     * screen starts, a round trip to the terminal on the first frame's path.
     */
    private volatile TerminalSize told;

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize known = told;
        if (known == null) {
            known = super.findTerminalSize();
            told = known;
        }
        return known;
    }

    /** A resize forgets the size told, so that Lanterna's handler asks the terminal again. */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        super.registerTerminalResizeListener(() -> {
            told = null;
            onResize.run();
        });
    }

    /** What is still buffered goes out first: the cursor's way back after the size question, for one. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            super.close();
        }
    }

    /** Lanterna asks the terminal's size and waits for the answer without a flush: the question goes out at once. */
    @Override
    protected void writeToTerminal(byte... bytes) throws IOException {
        super.writeToTerminal(bytes);
        if (bytes.length >= 2 && Arrays.equals(bytes, bytes.length - 2, bytes.length, POSITION_QUESTION, 0, 2)) {
            flush();
        }
    }

    /** The modes the game found (echo, whole lines, Ctrl-C a signal). */
    void release() throws IOException {
        restoreTerminalSettings();
        gameModes = false;
    }

    /** The game's modes, as Lanterna set them at start: keys one by one, unechoed, Ctrl-C a key. */
    void retake() throws IOException {
        canonicalMode(false);
        keyEchoEnabled(false);
        keyStrokeSignalsEnabled(false);
    }

    /** Off: keys one at a time, unechoed, Ctrl-C a key rather than a signal, in one {@code stty}. */
    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        gameModes = false;
        if (enabled) {
            super.canonicalMode(true);
            return;
        }
        runSTTYCommand("-icanon", "min", "1", "-echo", "intr", "undef");
        gameModes = true;
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !gameModes) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled || !gameModes) {
            super.keyStrokeSignalsEnabled(enabled);
        }
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        gameModes = false;
        super.restoreTerminalSettings();
    }

    /**
     * A character's UTF-8 bytes. Lanterna 3.1.5 writes the whole array behind its encoder's
     * buffer, so a two-byte character ("·", "é", "µ") was followed by a NUL on the wire.
     */
    @Override
    protected byte[] translateCharacter(char input) {
        return TerminalApp.utf8(input);
    }
}
