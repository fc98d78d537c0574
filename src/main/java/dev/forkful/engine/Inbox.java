package dev.forkful.engine;

import java.util.Collection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The supervisor's inbox. It is bounded: a kitchen that talks faster than the supervisor reads
 * waits at its own pipe, instead of filling the game's heap. With packed event lines a full
 * inbox holds a few hundred thousand events at most.
 */
final class Inbox {
    static final int CAPACITY = 256;
    private static final long RETRY_MILLIS = 100;

    private final BlockingQueue<Inbound> queue = new LinkedBlockingQueue<>(CAPACITY);
    private volatile long cancelledAt = -1;
    private volatile boolean closed;

    /** A reader thread posts: it waits while the inbox is full, and gives up once nobody reads it. */
    void post(Inbound in) throws InterruptedException {
        while (!closed && !queue.offer(in, RETRY_MILLIS, TimeUnit.MILLISECONDS)) {
            // full: the supervisor is behind
        }
    }

    /** Any thread, never waits: a full inbox still sees the cancel at the supervisor's next turn. */
    void cancel(long at) {
        cancelledAt = at;
        queue.offer(new Inbound.Cancel(at));
    }

    /** When a cancel was asked for, or -1. */
    long cancelledAt() {
        return cancelledAt;
    }

    Inbound poll(long nanos) throws InterruptedException {
        return queue.poll(nanos, TimeUnit.NANOSECONDS);
    }

    void drainTo(Collection<Inbound> into) {
        queue.drainTo(into);
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The supervisor stopped reading: readers stop waiting, and what is left is dropped. */
    void close() {
        closed = true;
        queue.clear();
    }
}
