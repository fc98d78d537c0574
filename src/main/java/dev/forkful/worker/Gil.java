package dev.forkful.worker;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A global interpreter lock as CPython builds it: chefs hold it for cpu work and release it while
 * waiting. A chef that has waited {@link #SWITCH_INTERVAL_NANOS} without any hand-off sets a drop
 * request; the holder checks it between slices of work and hands the lock over (and, as CPython's
 * FORCE_SWITCHING does, waits until another chef has really taken it).
 * Built on a ReentrantLock so that waiting virtual threads unmount.
 */
public final class Gil {
    public static final long SWITCH_INTERVAL_NANOS = 5_000_000;

    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition released = mutex.newCondition();
    private final Condition switched = mutex.newCondition();
    private final long intervalNanos;
    private volatile boolean dropRequest;
    private Thread holder;
    private long switches;
    private int waiters;
    private long forcedHandOffs;
    private long dropRequests;

    public Gil() {
        this(SWITCH_INTERVAL_NANOS);
    }

    Gil(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    public void acquire() throws InterruptedException {
        mutex.lock();
        try {
            waiters++;
            try {
                while (holder != null) {
                    long seen = switches;
                    long left = released.awaitNanos(intervalNanos);
                    if (left <= 0 && holder != null && switches == seen && !dropRequest) {
                        dropRequest = true;
                        dropRequests++;
                    }
                }
            } finally {
                waiters--;
            }
            holder = Thread.currentThread();
            switches++;
            dropRequest = false;
            switched.signalAll();
        } finally {
            mutex.unlock();
        }
    }

    public void release() {
        mutex.lock();
        try {
            if (holder != Thread.currentThread()) {
                throw new IllegalStateException("the GIL is released by a thread that does not hold it");
            }
            holder = null;
            released.signal();
        } finally {
            mutex.unlock();
        }
    }

    /** Releases the lock if the calling thread holds it (it does not after an interrupted hand-off). */
    public void releaseIfHeld() {
        mutex.lock();
        try {
            if (holder == Thread.currentThread()) {
                holder = null;
                released.signal();
            }
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Called by the holder between slices of work: hands the lock over when a waiter asked for it.
     * @return how long the caller went without it (0 when nobody asked)
     */
    public long handOffIfRequested() throws InterruptedException {
        if (!dropRequest) {
            return 0;
        }
        long dropped = System.nanoTime();
        mutex.lock();
        try {
            long seen = switches;
            holder = null;
            forcedHandOffs++;
            released.signal();
            while (switches == seen && waiters > 0) {
                switched.await(intervalNanos, TimeUnit.NANOSECONDS);
            }
        } finally {
            mutex.unlock();
        }
        acquire();
        return System.nanoTime() - dropped;
    }

    /** How many times the lock changed hands (every acquisition counts). */
    public long switches() {
        return locked(() -> switches);
    }

    /** Hand-offs forced by a waiter's drop request. */
    public long forcedHandOffs() {
        return locked(() -> forcedHandOffs);
    }

    public long dropRequests() {
        return locked(() -> dropRequests);
    }

    private long locked(java.util.function.LongSupplier read) {
        mutex.lock();
        try {
            return read.getAsLong();
        } finally {
            mutex.unlock();
        }
    }
}
