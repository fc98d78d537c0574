package dev.forkful.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Wall time of two chefs that each do a 20 ms cpu step at the same time, with and without the GIL:
 * about 20 ms apart on two free cores, about 40 ms under the GIL.
 * Run: {@code scripts/jmh GilBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GilBenchmark {
    private static final int CHEFS = 2;
    private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    @Param({"false", "true"})
    public boolean gil;

    private long workPerMs;

    @Setup
    public void calibrate() {
        workPerMs = Calibration.measureWorkPerMs();
    }

    @Benchmark
    public void twoChefsChop() throws InterruptedException {
        CpuWork cpu = new CpuWork(workPerMs, gil ? new Gil() : null);
        List<Thread> chefs = new ArrayList<>();
        for (int i = 0; i < CHEFS; i++) {
            chefs.add(Thread.ofPlatform().start(() -> {
                try {
                    cpu.run(STEP_NANOS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread chef : chefs) {
            chef.join();
        }
    }
}
