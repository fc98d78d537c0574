package dev.forkful.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.forkful.flow.GameState;
import dev.forkful.view.Style;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One render of the busy kitchen screen (houses burnt and frozen, thread chefs, a lost update, a
 * full event log) into a screen's back buffer: the work of one frame before the terminal diff.
 * Goal: well under 2 ms. Run: {@code scripts/jmh RenderBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark {
    @Param({"80x24", "120x40"})
    public String size;

    private GameState kitchen;
    private TextGraphics graphics;

    @Setup
    public void setUp() throws IOException {
        String[] wh = size.split("x");
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(
                new TerminalSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]))));
        screen.startScreen();
        graphics = screen.newTextGraphics();
        kitchen = GoldenScreensTest.state("kitchen");
    }

    @Benchmark
    public TextGraphics renderBusyKitchen() {
        Renderer.render(kitchen, graphics, Style.DEFAULT);
        return graphics;
    }
}
