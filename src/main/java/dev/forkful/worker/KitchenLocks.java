package dev.forkful.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The named locks of one kitchen (the knife, the board): real {@link ReentrantLock}s shared by all
 * its chefs. A step takes its locks in the order it lists them and reaches for each next one after a
 * short pause (a chef walks over to the board), so two steps that list them in opposite orders really
 * deadlock, as two Python threads taking two {@code threading.Lock}s in opposite orders do. Which chef
 * each thread is and what it waits for are kept for {@link DeadlockFinder}.
 */
final class KitchenLocks {
    /** Between taking one lock and reaching for the next. */
    static final long REACH_NANOS = 1_000_000;

    /** A lock that says who owns it, for the wait-for graph. */
    static final class NamedLock extends ReentrantLock {
        private final String name;

        NamedLock(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        /** The thread that holds it now, or null. */
        @Override
        public Thread getOwner() {
            return super.getOwner();
        }
    }

    /** What a thread is blocked on, and since when. */
    record Waiting(NamedLock lock, long sinceNanoTime) {
    }

    /** The action a step runs while it holds its locks. */
    @FunctionalInterface
    interface Held {
        boolean run() throws InterruptedException;
    }

    private final Map<String, NamedLock> locks = new ConcurrentHashMap<>();
    private final Map<Thread, Integer> chefs = new ConcurrentHashMap<>();
    private final Map<Thread, Waiting> waiting = new ConcurrentHashMap<>();

    /** Takes {@code names} in order, runs {@code action}, and lets them go in reverse order. */
    boolean holding(List<String> names, int chef, Held action) throws InterruptedException {
        if (names.isEmpty()) {
            return action.run();
        }
        Thread me = Thread.currentThread();
        chefs.put(me, chef);
        List<NamedLock> taken = new ArrayList<>(names.size());
        try {
            for (String name : names) {
                if (!taken.isEmpty()) {
                    LockSupport.parkNanos(REACH_NANOS);
                }
                NamedLock lock = locks.computeIfAbsent(name, NamedLock::new);
                waiting.put(me, new Waiting(lock, System.nanoTime()));
                try {
                    lock.lockInterruptibly();
                } finally {
                    waiting.remove(me);
                }
                taken.add(lock);
            }
            return action.run();
        } finally {
            for (int i = taken.size() - 1; i >= 0; i--) {
                taken.get(i).unlock();
            }
            chefs.remove(me);
        }
    }

    /** The chef a thread is, or -1 when it holds and waits for none of these locks. */
    int chefOf(Thread thread) {
        return chefs.getOrDefault(thread, -1);
    }

    Map<Thread, Waiting> waiting() {
        return Map.copyOf(waiting);
    }

    /** The locks {@code thread} holds now, by name, in no set order. */
    List<String> heldBy(Thread thread) {
        return locks.values().stream().filter(l -> l.getOwner() == thread).map(NamedLock::name).sorted().toList();
    }
}
