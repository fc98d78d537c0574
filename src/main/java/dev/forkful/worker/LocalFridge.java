package dev.forkful.worker;

import dev.forkful.level.Recipe;
import dev.forkful.protocol.FridgeAudit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The fridge in this kitchen's heap. A take is a read, a short pause, then a write of stock minus
 * take: without the lock, two chefs that read the same stock both write it back and one take is
 * lost. What chefs took is also counted atomically, apart from the stock, for the audit.
 */
final class LocalFridge implements Fridge {
    /**
     * The pause between read and write (a park: a virtual thread unmounts, a platform thread is
     * descheduled; with {@code pause = "wait"} a coroutine awaits a timer this long).
     */
    static final long PAUSE_NANOS = Recipe.TAKE_NANOS;

    private final Map<String, Shelf> shelves = new LinkedHashMap<>();
    private final ReentrantLock lock;

    /** @param locked take the lock around read-pause-write */
    LocalFridge(Map<String, Long> stock, boolean locked) {
        stock.forEach((ingredient, amount) -> shelves.put(ingredient, new Shelf(amount)));
        this.lock = locked ? new ReentrantLock() : null;
    }

    @Override
    public boolean take(String ingredient, long amount) throws InterruptedException {
        Shelf shelf = shelves.get(ingredient);
        if (shelf == null) {
            return false;
        }
        if (lock == null) {
            return shelf.readPauseWrite(amount);
        }
        lock.lockInterruptibly();
        try {
            return shelf.readPauseWrite(amount);
        } finally {
            lock.unlock();
        }
    }

    /** The first half of a take that awaits in between (see {@link AsyncFridge}): the stock seen. */
    long read(String ingredient) {
        return shelves.get(ingredient).stock;
    }

    /** The second half: writes back the stock seen minus the take, whatever was written meanwhile. */
    void write(String ingredient, long seen, long amount) {
        shelves.get(ingredient).write(seen, amount);
    }

    @Override
    public Map<String, FridgeAudit> audit() {
        Map<String, FridgeAudit> audit = new LinkedHashMap<>();
        shelves.forEach((ingredient, shelf) ->
                audit.put(ingredient, new FridgeAudit(shelf.start, shelf.taken.get(), shelf.stock)));
        return audit;
    }

    private static final class Shelf {
        final long start;
        final AtomicLong taken = new AtomicLong();
        volatile long stock;

        Shelf(long start) {
            this.start = start;
            this.stock = start;
        }

        boolean readPauseWrite(long amount) {
            long seen = stock;
            if (seen < amount) {
                return false;
            }
            LockSupport.parkNanos(PAUSE_NANOS);
            write(seen, amount);
            return true;
        }

        void write(long seen, long amount) {
            stock = seen - amount;
            taken.addAndGet(amount);
        }
    }
}
