package dev.forkful.worker;

import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.WorkOrder;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kitchen whose steps hold locks, with a thread that looks for a deadlock among its chefs every
 * {@link #PERIOD_MILLIS} and reports it once, when it has seen the same cycle twice in a row.
 */
final class DeadlockWatch implements Kitchen {
    static final long PERIOD_MILLIS = 100;

    private final Kitchen kitchen;
    private final Thread watch;

    DeadlockWatch(String task, Kitchen kitchen, DeadlockFinder finder, KitchenReport report) {
        this.kitchen = kitchen;
        this.watch = Thread.ofPlatform().daemon().name("forkful-deadlock-" + task).start(() -> watch(finder, report));
    }

    private static void watch(DeadlockFinder finder, KitchenReport report) {
        Set<Thread> seen = Set.of();
        try {
            while (true) {
                Thread.sleep(PERIOD_MILLIS);
                Optional<DeadlockFinder.Cycle> cycle = finder.find();
                if (cycle.isPresent() && Set.copyOf(cycle.get().threads()).equals(seen)) {
                    report.deadlock(cycle.get().description(), System.nanoTime() - cycle.get().sinceNanoTime());
                    return;
                }
                seen = cycle.map(c -> Set.copyOf(c.threads())).orElse(Set.of());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void submit(WorkOrder order) {
        kitchen.submit(order);
    }

    @Override
    public void finish() {
        kitchen.finish();
    }

    @Override
    public int liveUnits() {
        return kitchen.liveUnits();
    }

    @Override
    public Map<String, FridgeAudit> audit() {
        return kitchen.audit();
    }

    @Override
    public void close() {
        watch.interrupt();
        kitchen.close();
    }
}
