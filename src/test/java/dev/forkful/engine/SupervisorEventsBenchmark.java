package dev.forkful.engine;

import static dev.forkful.engine.TestLevels.task;
import static dev.forkful.engine.TestLevels.waitMs;

import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.protocol.Wire;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The supervisor's cost per order of a banquet, after the kitchen's lines are parsed: 100,000 orders
 * arrive at once ({@link OrderDesk#arrivals}: told as ranges, handed over in {@code orders} lines to a
 * coroutine kitchen with no process behind it), then come back served in lines of 1,024 dishes
 * ({@link OrderDesk#served}: each closed, its latency taken, one event per line) to a listener that
 * sums what a score needs. Per order. Run: {@code scripts/jmh SupervisorEventsBenchmark -f 3 -wi 5 -i 5};
 * {@code -jvmArgsAppend -XX:TieredStopAtLevel=1} for the supervisor as ./forkful runs it (C1 only).
 */
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx512m"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class SupervisorEventsBenchmark {
    private static final int ORDERS = 100_000;
    private static final int PER_LINE = 1024;

    /** Recipe steps: a served dish carries {@code 3 + 3 * steps} numbers. */
    @Param({"1", "3"})
    public int steps;

    private long[][] lines;
    private int stride;
    private RunClock clock;
    private OrderDesk desk;
    private KitchenChild kitchen;
    private long latencySum;
    private long served;

    @Setup(Level.Trial)
    public void dishes() {
        stride = Wire.servedStride(steps);
        lines = new long[(ORDERS + PER_LINE - 1) / PER_LINE][];
        for (int l = 0; l < lines.length; l++) {
            int n = Math.min(PER_LINE, ORDERS - l * PER_LINE);
            long[] line = new long[n * stride];
            for (int d = 0; d < n; d++) {
                int at = d * stride;
                line[at] = (long) l * PER_LINE + d; // order
                line[at + 2] = 200 + d; // start, microseconds since hello
                for (int s = 0; s < steps; s++) {
                    line[at + 4 + 3 * s] = 10_000; // run
                }
            }
            lines[l] = line;
        }
    }

    @Setup(Level.Invocation)
    public void floor() {
        Step[] recipe = new Step[steps];
        Arrays.fill(recipe, waitMs(10));
        TaskFloor f = TestFloors.floor(task("canapes", ORDERS, recipe), Model.COROUTINE, 1, 2);
        kitchen = TestFloors.ready(f, 0, 0);
        clock = new RunClock();
        desk = new OrderDesk(List.of(f), clock, e -> {
            if (e instanceof EngineEvent.OrdersServed s) {
                served += s.count();
                for (long latency : s.latencyNanos()) {
                    latencySum += latency;
                }
            }
        });
        clock.open(0);
    }

    @TearDown(Level.Invocation)
    public void close() {
        TestFloors.closeAll();
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public void banquet(Blackhole sink) {
        desk.arrivals(0);
        long at = 20_000_000;
        for (long[] line : lines) {
            desk.served(kitchen, line, stride, at += 100_000);
        }
        sink.consume(served + latencySum);
    }
}
