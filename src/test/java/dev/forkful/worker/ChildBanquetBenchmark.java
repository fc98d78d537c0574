package dev.forkful.worker;

import dev.forkful.level.Model;
import dev.forkful.protocol.Wire;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The kitchen child's whole side of a banquet, as the game drives it: a setup, one {@code orders} line
 * of 100,000 orders that each wait 1 ms, {@code finish}, then the child's own protocol loop, coroutine
 * kitchen, report and line writer until it says {@code done} (its lines go to a sink that drops them).
 * Besides the wall, {@code cpuNsPerOrder} is the CPU the whole benchmark JVM spent per order (every
 * thread: reader, loop, writer, collector; what a 2-core machine pays), on the kitchen's flags (C1 only);
 * JMH prints it summed over the measured iterations: divide by their count.
 * Run: {@code scripts/jmh ChildBanquetBenchmark -f 1 -wi 5 -i 10}.
 */
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class ChildBanquetBenchmark {
    private static final int ORDERS = 100_000;

    /** The CPU per order of the last iteration, as a secondary result. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        public long cpuNsPerOrder;

        @Setup(Level.Iteration)
        public void clear() {
            cpuNsPerOrder = 0;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int serve100kOrders(Cpu cpu) {
        String in = Wire.setup(Recipes.spec(Model.COROUTINE, 1, List.of(Recipes.waitFor("simmer", 1)))) + "\n"
                + Wire.orders(0, ORDERS, List.of()) + "\n" + Wire.finish() + "\n";
        DoneSink out = new DoneSink();
        // stdin stays open until the child says done: its end would close the kitchen
        InputStream stdin = new SequenceInputStream(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() {
                        try {
                            out.done.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return -1;
                    }
                });
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        int code = new ChildProcess(stdin, out, Kitchens::create, () -> Recipes.WORK_PER_MS,
                OsFigures.of(Path.of("/proc/self"))).run();
        cpu.cpuNsPerOrder = (os.getProcessCpuTime() - before) / ORDERS;
        return code;
    }

    /** Drops what it is given, and counts down once a write holds the {@code done} line. */
    private static final class DoneSink extends OutputStream {
        private static final byte[] DONE = "{\"t\":\"done\"".getBytes(StandardCharsets.UTF_8);
        final CountDownLatch done = new CountDownLatch(1);

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i + DONE.length <= off + len; i++) {
                if (b[i] == '{' && b[i + 1] == '"' && b[i + 2] == 't' && matches(b, i)) {
                    done.countDown();
                }
            }
        }

        private static boolean matches(byte[] b, int at) {
            for (int k = 0; k < DONE.length; k++) {
                if (b[at + k] != DONE[k]) {
                    return false;
                }
            }
            return true;
        }
    }
}
