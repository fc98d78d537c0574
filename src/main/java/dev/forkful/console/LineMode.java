package dev.forkful.console;

import dev.forkful.flow.GameLoop;
import java.io.IOException;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Opens the system terminal for the shell: JLine's {@code exec} provider, or a dumb terminal where there is no tty. */
public final class LineMode {
    private LineMode() {
    }

    /** Plays in lines until the player quits; returns whether Ctrl-C ended it. */
    public static boolean play(GameLoop loop, Path dataDir) throws IOException, InterruptedException {
        // exec, not JNI/FFM: those can leave the tty at speed 0 after exit (DESIGN.md section 6)
        try (Terminal terminal = TerminalBuilder.builder().name("forkful").system(true).provider("exec").dumb(true).build()) {
            java.io.Console console = System.console();
            return new Shell(loop, terminal, dataDir.resolve("history"), console != null && console.isTerminal()).run();
        }
    }
}
