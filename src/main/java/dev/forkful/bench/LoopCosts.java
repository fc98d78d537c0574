package dev.forkful.bench;

import dev.forkful.worker.Coroutine;
import dev.forkful.worker.EventLoop;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Coroutines measured on the coroutine kitchen's own {@link EventLoop}: creating one is allocating a
 * pending task and queueing it, a switch is one yield through the run queue, and an idle one is a
 * coroutine parked on the timer heap.
 */
final class LoopCosts {
    private static final long AN_HOUR = TimeUnit.HOURS.toNanos(1);

    private LoopCosts() {
    }

    /** Nanoseconds to create {@code n} coroutines and queue them on a loop. */
    static long create(int n) {
        EventLoop loop = newLoop();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            loop.submit(new Nap(AN_HOUR));
        }
        return System.nanoTime() - start;
    }

    /** Nanoseconds for two coroutines to yield to each other {@code rounds} times each. */
    static long yields(int rounds) {
        EventLoop loop = newLoop();
        loop.submit(Coroutine.yielding(rounds));
        loop.submit(Coroutine.yielding(rounds));
        loop.finish();
        long start = System.nanoTime();
        loop.run();
        return System.nanoTime() - start;
    }

    /** Parks {@code n} coroutines on the timer heap of a loop running on a daemon thread; returns once all are parked. */
    static void holdPending(int n) throws InterruptedException {
        EventLoop loop = newLoop();
        CountDownLatch parked = new CountDownLatch(1);
        for (int i = 0; i < n; i++) {
            loop.submit(new Nap(AN_HOUR));
        }
        // the run queue is first in, first out: when this one runs, all before it are on the timer heap
        loop.submit(new Signal(parked));
        Thread.ofPlatform().daemon().name("forkful-bench-loop").start(loop::run);
        parked.await();
    }

    private static EventLoop newLoop() {
        return new EventLoop(EventLoop.SYSTEM_CLOCK);
    }

    /** Sleeps once on the timer heap, then ends: the smallest coroutine that waits. */
    private static final class Nap implements Coroutine {
        private final long nanos;
        private boolean slept;

        Nap(long nanos) {
            this.nanos = nanos;
        }

        @Override
        public long resume() {
            if (slept) {
                return DONE;
            }
            slept = true;
            return nanos;
        }

        @Override
        public void failed(RuntimeException e) {
            throw e;
        }
    }

    /** Tells a waiting thread that the loop got to it, then ends. */
    private record Signal(CountDownLatch ran) implements Coroutine {
        @Override
        public long resume() {
            ran.countDown();
            return DONE;
        }

        @Override
        public void failed(RuntimeException e) {
            throw e;
        }
    }
}
