package dev.forkful.engine;

import dev.forkful.level.Model;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.LineWriter;
import dev.forkful.protocol.Wire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A kitchen's start as the game does it: from spawning the child JVM to its hello, with the
 * kitchen built. The child runs from {@code target/forkful.jar} with the kitchens' AOT cache next
 * to it, as the game's children do (not on this benchmark's class path). Goal: a median under 250 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KitchenStartBenchmark {
    @Param({"coroutine", "thread", "process"})
    public String model;

    private final ChildLauncher launcher = ChildLauncher.forJar(Game.jar());
    private Process child;
    private LineWriter to;

    @Benchmark
    public String startToHello() throws IOException {
        child = launcher.start();
        to = new LineWriter(new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8), "bench-write");
        Model m = Model.byId(model).orElseThrow();
        to.send(Wire.setup(new KitchenSpec("bench", m, m == Model.THREAD ? 4 : 1, false, true,
                List.of(TestLevels.waitMs(1)), 1000, m == Model.PROCESS, Map.of())));
        BufferedReader from = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = from.readLine()) != null) {
            if (line.contains("\"hello\"")) {
                return line;
            }
        }
        throw new IllegalStateException("the child ended without a hello");
    }

    @TearDown(Level.Invocation)
    public void stop() throws InterruptedException {
        to.close();
        if (!child.waitFor(2, TimeUnit.SECONDS)) {
            Children.kill(child);
        }
    }
}
