package dev.forkful.worker;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A hand-written single-threaded event loop, as asyncio's: a run queue, a timer heap, and coroutines
 * resumed one at a time on the thread that calls {@link #run()}. Each pass moves the expired timers to
 * the run queue, then runs what was ready at the start of the pass; a coroutine that runs long (cpu
 * work, a blocking call) holds everything. The kitchen's heartbeat monitor watches the loop from
 * outside (its thread's CPU on the step in hand), so the loop itself spends nothing on heartbeats.
 * Any thread may {@link #submit}; only the loop thread touches the queues.
 */
public final class EventLoop {
    /** Time as the loop sees it; a test injects a fake one. */
    public interface Clock {
        long nanoTime();

        /** Waits for up to {@code nanos} while nothing is ready; may return early (a submission). */
        void idle(long nanos);
    }

    /** The machine's clock; idling parks the loop thread. */
    public static final Clock SYSTEM_CLOCK = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void idle(long nanos) {
            LockSupport.parkNanos(nanos);
        }
    };

    /** Batches of submitted coroutines: a burst of orders crosses threads as one entry. */
    private final ConcurrentLinkedQueue<Coroutine[]> inbox = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<Coroutine> ready = new ArrayDeque<>();
    private final TimerHeap timers = new TimerHeap();
    private final Clock clock;
    private final Runnable passEnded;
    private volatile Thread loopThread;
    private volatile boolean finishing;
    private volatile boolean stopped;
    private volatile int pendingSeen;
    private int pending;
    /** Where the running coroutine's sleep counts from, if it said ({@link #sleepFrom}); {@link #NOW} else. */
    private long sleepFrom = NOW;
    private static final long NOW = Long.MIN_VALUE;

    public EventLoop(Clock clock) {
        this(clock, () -> { });
    }

    /** @param passEnded runs on the loop thread after each pass that resumed something (a kitchen's batched reports) */
    public EventLoop(Clock clock, Runnable passEnded) {
        this.clock = clock;
        this.passEnded = passEnded;
    }

    /** Any thread: the coroutine runs in a coming pass. */
    public void submit(Coroutine c) {
        submitAll(new Coroutine[] {c});
    }

    /** Any thread: the coroutines run in a coming pass, in their order; one wake-up for them all. */
    public void submitAll(Coroutine[] batch) {
        inbox.add(batch);
        wakeUp();
    }

    /** Any thread: no more submissions; {@link #run()} returns once every coroutine has finished. */
    public void finish() {
        finishing = true;
        wakeUp();
    }

    /** Any thread: {@link #run()} returns after the coroutine running now (if it ever returns). */
    public void stop() {
        stopped = true;
        wakeUp();
    }

    /** Loop thread only: a {@link Coroutine#PARKED} coroutine runs again in the coming pass. */
    void wake(Coroutine c) {
        ready.add(c);
    }

    /**
     * Loop thread, from a coroutine's {@link Coroutine#resume}: the sleep it returns counts from {@code nanos}, a
     * time it read from this loop's clock when its wait began, rather than from a new reading when it returns
     * (one clock reading less per sleep: a banquet's 100,000 waits read it 300,000 times otherwise).
     */
    void sleepFrom(long nanos) {
        sleepFrom = nanos;
    }

    /** Coroutines submitted and not finished, as of the last pass. */
    public int pending() {
        return pendingSeen;
    }

    public Clock clock() {
        return clock;
    }

    private void wakeUp() {
        Thread t = loopThread;
        if (t != null && clock == SYSTEM_CLOCK) {
            LockSupport.unpark(t);
        }
    }

    /** Runs the loop on the calling thread until {@link #finish()}ed and drained, or {@link #stop()}ped. */
    public void run() {
        loopThread = Thread.currentThread();
        while (!stopped) {
            boolean last = finishing;
            for (Coroutine[] batch; (batch = inbox.poll()) != null; ) {
                for (Coroutine c : batch) {
                    ready.add(c);
                }
                pending += batch.length;
            }
            long now = clock.nanoTime();
            while (!timers.isEmpty() && timers.firstDeadline() - now <= 0) {
                ready.add(timers.pop());
            }
            pendingSeen = pending;
            int n = ready.size();
            for (int i = 0; i < n && !stopped; i++) {
                resume(ready.poll());
            }
            if (n > 0) {
                passEnded.run();
                continue;
            }
            if (last && pending == 0) {
                pendingSeen = 0;
                return;
            }
            clock.idle(timers.isEmpty() ? Long.MAX_VALUE : timers.firstDeadline() - now);
        }
    }

    private void resume(Coroutine c) {
        long next;
        sleepFrom = NOW;
        try {
            next = c.resume();
        } catch (RuntimeException e) {
            c.failed(e);
            next = Coroutine.DONE;
        }
        if (next == Coroutine.DONE) {
            pending--;
        } else if (next == Coroutine.YIELD) {
            ready.add(c);
        } else if (next != Coroutine.PARKED) {
            timers.push(c, (sleepFrom != NOW ? sleepFrom : clock.nanoTime()) + next, pending);
        }
    }
}
