package dev.forkful.worker;

import dev.forkful.level.Model;
import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.LineWriter;
import dev.forkful.protocol.WorkOrder;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The coroutine kitchen's event loop: what a switch costs, what a pending coroutine weighs, and how
 * long one loop takes to serve 100,000 orders that each wait 10 ms.
 * Run: {@code scripts/jmh EventLoopBenchmark -f 1 -wi 3 -i 5}.
 */
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class EventLoopBenchmark {
    private static final int SWITCHES = 1_000_000;
    private static final int PENDING = 100_000;

    @State(Scope.Benchmark)
    public static class Switching {
        @Param({"2", "1000"})
        public int coroutines;
    }

    /** One switch: the loop takes the next ready coroutine, resumes it, and queues it again. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(SWITCHES)
    public int switchBetweenCoroutines(Switching s) {
        EventLoop loop = new EventLoop(EventLoop.SYSTEM_CLOCK);
        for (int i = 0; i < s.coroutines; i++) {
            loop.submit(Coroutine.yielding(SWITCHES / s.coroutines));
        }
        loop.finish();
        loop.run();
        return loop.pending();
    }

    /**
     * Parks 100,000 orders of the real coroutine kitchen on the timer heap (a fake clock stops the loop
     * when it goes idle) and prints the heap they hold after a full GC, per pending coroutine.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long park100kOrders() {
        long[] held = new long[1];
        CoroutineKitchen[] kitchen = new CoroutineKitchen[1];
        long before = heapAfterGc();
        EventLoop.Clock clock = new EventLoop.Clock() {
            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public void idle(long nanos) {
                held[0] = heapAfterGc();
                kitchen[0].close();
            }
        };
        kitchen[0] = new CoroutineKitchen("bench", List.of(Recipes.waitFor("simmer", 10_000)), new SilentReport(),
                new LocalFridge(Map.of(), false), true, Stove.real(new CpuWork(Recipes.WORK_PER_MS, null)), clock,
                Kitchens.threadCpuClock());
        for (long id = 0; id < PENDING; id++) {
            kitchen[0].submit(WorkOrder.clean(id));
        }
        kitchen[0].runLoop();
        long perCoroutine = (held[0] - before) / PENDING;
        System.out.println("bytes per pending coroutine: " + perCoroutine);
        return perCoroutine;
    }

    /** Wall time for one coroutine kitchen (real clock, real loop thread) to serve 100,000 orders that each wait 10 ms. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int serve100kWaits() throws InterruptedException {
        SilentReport report = new SilentReport();
        try (Kitchen kitchen = Kitchens.create(Recipes.spec(Model.COROUTINE, 1,
                List.of(Recipes.waitFor("simmer", 10))), report, KitchensTest.noPantry())) {
            for (long id = 0; id < PENDING; id++) {
                kitchen.submit(WorkOrder.clean(id));
            }
            kitchen.finish();
            report.done.await();
            return report.served;
        }
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Counts served orders and nothing else (the loop thread is the only writer). */
    private static final class SilentReport implements KitchenReport {
        final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        volatile int served;

        @Override
        public void stepStarted(long order, int chef, int step) {
        }

        @Override
        public void served(long order, int chef, LineWriter.Record record) {
            served++;
        }

        @Override
        public void lost(long order, int chef, String reason) {
        }

        @Override
        public void stall(long order, int step, long stalledNanos, String cause) {
        }

        @Override
        public void deadlock(String cycle, long stuckNanos) {
        }

        @Override
        public void heartbeat(List<ChefState> chefs, int pending) {
        }

        @Override
        public void done() {
            done.countDown();
        }
    }
}
