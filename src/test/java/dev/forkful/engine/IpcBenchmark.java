package dev.forkful.engine;

import dev.forkful.protocol.LineWriter;
import dev.forkful.protocol.Wire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One round trip to a running kitchen child: a ping through the supervisor's writer thread and
 * the pipe, the child's reader and writer threads, and the pipe back (a pantry take costs the
 * same trip). The child runs from {@code target/forkful.jar}, as the game's do. Goal: a median
 * under 100 us.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IpcBenchmark {
    private Process child;
    private LineWriter to;
    private BufferedReader from;
    private long id;

    @Setup
    public void start() throws IOException {
        child = ChildLauncher.forJar(Game.jar()).start();
        to = new LineWriter(new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8), "bench-write");
        from = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    @Benchmark
    public String roundTrip() throws IOException {
        to.send(Wire.ping(++id));
        return from.readLine();
    }

    @TearDown
    public void stop() throws InterruptedException {
        to.close();
        if (!child.waitFor(2, TimeUnit.SECONDS)) {
            Children.kill(child);
        }
    }
}
