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
import org.openjdk.jmh.annotations.State;

/**
 * What holds a virtual thread's carrier on this JDK: 8 virtual threads each spend 50 ms in one kind
 * of call on the default pool (one carrier per core). A call that unmounts lets all 8 overlap (about
 * 50 ms); one that keeps its carrier runs them a pool-width at a time (about 8 / cores x 50 ms).
 * Run: {@code scripts/jmh VirtualCarrierBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VirtualCarrierBenchmark {
    private static final int THREADS = 8;
    private static final long MILLIS = 50;

    @Param({"sleep", "sleepInSynchronized", "objectWait", "nativeUsleep", "spin"})
    public String call;

    @Benchmark
    public void eightVirtualThreads() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            threads.add(Thread.ofVirtual().start(this::oneCall));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private void oneCall() {
        try {
            switch (call) {
                case "sleep" -> Thread.sleep(MILLIS);
                case "sleepInSynchronized" -> {
                    Object monitor = new Object();
                    synchronized (monitor) {
                        Thread.sleep(MILLIS);
                    }
                }
                case "objectWait" -> {
                    Object monitor = new Object();
                    synchronized (monitor) {
                        monitor.wait(MILLIS);
                    }
                }
                case "nativeUsleep" -> Blocking.call(TimeUnit.MILLISECONDS.toNanos(MILLIS));
                case "spin" -> {
                    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MILLIS);
                    while (System.nanoTime() < end) {
                        Thread.onSpinWait();
                    }
                }
                default -> throw new IllegalArgumentException(call);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
