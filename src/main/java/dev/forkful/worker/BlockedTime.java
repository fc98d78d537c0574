package dev.forkful.worker;

import java.util.concurrent.atomic.LongAdder;

/**
 * The wall time all {@link Blocking} calls of this process took, summed over the threads that made
 * them (one kitchen per process): an event loop's time held by blocking calls, the time virtual
 * threads pinned their carriers. Apart from Blocking, so that reading it for the stats does not
 * link the native call (which takes up to a second the first time).
 */
final class BlockedTime {
    private static final LongAdder NANOS = new LongAdder();

    private BlockedTime() {
    }

    static void add(long nanos) {
        NANOS.add(nanos);
    }

    static long nanos() {
        return NANOS.sum();
    }
}
