package dev.forkful.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.forkful.flow.GameState;
import dev.forkful.view.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden screens: a state drawn into Lanterna's virtual terminal, as text, compared with
 * {@code src/test/resources/golden/NAME.txt}. Run with {@code -Dgolden.update=true} to rewrite them.
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    /** The text a terminal of this size shows after one render of {@code state}. */
    public static String screen(GameState state, Style style, int columns, int rows) {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            TerminalScreen screen = new TerminalScreen(vt);
            screen.startScreen();
            Renderer.render(state, screen.newTextGraphics(), style);
            screen.refresh();
            return text(vt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(DefaultVirtualTerminal vt) {
        TerminalSize size = vt.getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                line.append(vt.getCharacter(col, row).getCharacterString());
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    public static void check(String name, String actual) {
        Path file = DIR.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("no golden screen " + file + "; run with -Dgolden.update=true to write it. The screen:\n" + actual);
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail("screen " + name + " differs from " + file + " (-Dgolden.update=true rewrites it):\n" + diff(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each differing row, expected then actual. */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "";
            String y = i < b.size() ? b.get(i) : "";
            if (!x.equals(y)) {
                out.append(String.format("row %2d - %s%n       + %s%n", i, x, y));
            }
        }
        return out.toString();
    }
}
