package dev.forkful.worker;

import java.util.ArrayDeque;

/**
 * A lock for the coroutines of one event loop, as Python's {@code asyncio.Lock}: a coroutine that
 * finds it taken is parked (the loop thread goes on with the others) and the release hands the lock
 * to the first in line and wakes it. Loop thread only.
 */
final class AsyncLock {
    private final EventLoop loop;
    private final ArrayDeque<Coroutine> waiting = new ArrayDeque<>();
    private Coroutine owner;

    AsyncLock(EventLoop loop) {
        this.loop = loop;
    }

    /** @return true when {@code c} holds the lock now; false when it is in line (return {@link Coroutine#PARKED}) */
    boolean acquire(Coroutine c) {
        if (owner == null || owner == c) {
            owner = c;
            return true;
        }
        waiting.add(c);
        return false;
    }

    void release() {
        owner = waiting.poll();
        if (owner != null) {
            loop.wake(owner);
        }
    }
}
