package dev.forkful.protocol;

import java.io.Writer;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
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

/**
 * What one served dish costs on the wire (protocol 5, a record of {@code 3 + 3 * steps} numbers): the
 * child's side, {@link LineWriter#served} and its writer thread packing a banquet's 100,000 dishes into
 * lines (written to a writer that drops them), and the supervisor's side, {@link Wire#readEvents} of
 * those lines. Both per dish. Run: {@code scripts/jmh ServedEventsBenchmark -f 3 -wi 3 -i 5}; add
 * {@code -jvmArgsAppend -XX:TieredStopAtLevel=1} for the supervisor as ./forkful runs it (C1 only).
 */
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx512m"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class ServedEventsBenchmark {
    private static final int DISHES = 100_000;

    @Param({"1", "3"})
    public int steps;

    /** Each dish's record after its order and chef, as a 10 ms wait leaves it: start, then lock, run, gil per step. */
    private long[][] records;
    /** The lines the writer thread made of the dishes, as the supervisor reads them. */
    private List<String> lines;

    @Setup(Level.Trial)
    public void dishes() throws InterruptedException {
        SplittableRandom random = new SplittableRandom(14);
        records = new long[DISHES][];
        long began = 200_000;
        for (int d = 0; d < DISHES; d++) {
            long[] r = new long[Wire.servedStride(steps) - 2];
            began += random.nextInt(6); // a loop serves its dishes in the order their waits began
            r[0] = began; // when it began, microseconds since hello
            for (int s = 0; s < steps; s++) {
                r[1 + 3 * s] = random.nextInt(3); // lock wait
                r[2 + 3 * s] = 10_000 + random.nextLong(2_000); // run
                r[3 + 3 * s] = 0; // no GIL
            }
            records[d] = r;
        }
        lines = pack(new StringBuilder()).toString().lines().toList();
    }

    /** The dishes through a LineWriter, to its end; what it wrote when {@code text} is not null. */
    private StringBuilder pack(StringBuilder text) throws InterruptedException {
        Sink sink = new Sink(text);
        LineWriter writer = new LineWriter(sink, "bench-write");
        for (int d = 0; d < DISHES; d++) {
            writer.served(d, 0, records[d]);
        }
        writer.end();
        sink.closed.await();
        return text;
    }

    /** The child: appending each served dish and the writer thread packing and writing them all. */
    @Benchmark
    @OperationsPerInvocation(DISHES)
    public void packServed() throws InterruptedException {
        pack(null);
    }

    /** The supervisor: reading the packed lines back into numbers. */
    @Benchmark
    @OperationsPerInvocation(DISHES)
    public long readServed() throws Wire.ProtocolException {
        int stride = Wire.servedStride(steps);
        long sum = 0;
        for (String line : lines) {
            Wire.Events events = Wire.readEvents(line, stride);
            sum += events.values().length;
        }
        if (sum != (long) DISHES * stride) {
            throw new IllegalStateException("read " + sum + " values of " + DISHES + " dishes");
        }
        return sum;
    }

    /**
     * Keeps what it is given in {@code text}, or drops it when that is null; counts down when the writer
     * thread closes it, its last act ({@link LineWriter#close} waits a second at most).
     */
    private static final class Sink extends Writer {
        final CountDownLatch closed = new CountDownLatch(1);
        private final StringBuilder text;

        Sink(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (text != null) {
                text.append(buf, off, len);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }
}
