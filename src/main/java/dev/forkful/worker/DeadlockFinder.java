package dev.forkful.worker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds chefs of one kitchen that wait for each other's locks in a cycle. For platform threads the
 * JVM's own detector ({@link ThreadMXBean#findDeadlockedThreads}, which sees {@code ReentrantLock}s
 * too) decides; it does not see virtual threads, so for them the wait-for graph built from the
 * locks' owners decides. Either way the graph names the cycle: which chef holds what, waits for what.
 */
final class DeadlockFinder {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Chefs each waiting for a lock the next one holds.
     *
     * @param sinceNanoTime when the first of them began to wait
     */
    record Cycle(List<Thread> threads, String description, long sinceNanoTime) {
    }

    private final KitchenLocks locks;
    private final boolean platform;

    /** @param platform the chefs are platform threads, which the JVM's detector sees */
    DeadlockFinder(KitchenLocks locks, boolean platform) {
        this.locks = locks;
        this.platform = platform;
    }

    /** A cycle now, or empty. A look at the graph is not atomic: a caller confirms a cycle by seeing it twice. */
    Optional<Cycle> find() {
        Map<Thread, KitchenLocks.Waiting> waiting = locks.waiting();
        Set<Long> deadlocked = platform ? jvmDeadlocked() : null;
        for (Thread start : waiting.keySet()) {
            if (deadlocked != null && !deadlocked.contains(start.threadId())) {
                continue;
            }
            List<Thread> path = new ArrayList<>();
            Thread t = start;
            while (t != null && !path.contains(t)) {
                path.add(t);
                KitchenLocks.Waiting w = waiting.get(t);
                t = w == null ? null : w.lock().getOwner();
            }
            if (t != null) {
                return Optional.of(cycle(path.subList(path.indexOf(t), path.size()), waiting));
            }
        }
        return Optional.empty();
    }

    private static Set<Long> jvmDeadlocked() {
        long[] ids = THREADS.findDeadlockedThreads();
        return ids == null ? Set.of() : Arrays.stream(ids).boxed().collect(Collectors.toSet());
    }

    private Cycle cycle(List<Thread> threads, Map<Thread, KitchenLocks.Waiting> waiting) {
        List<String> parts = new ArrayList<>();
        long since = Long.MAX_VALUE;
        for (Thread t : threads) {
            KitchenLocks.Waiting w = waiting.get(t);
            since = Math.min(since, w.sinceNanoTime());
            parts.add("chef " + locks.chefOf(t) + " holds " + String.join(" and ", locks.heldBy(t))
                    + " and waits for " + w.lock().name());
        }
        return new Cycle(List.copyOf(threads), String.join("; ", parts), since);
    }
}
