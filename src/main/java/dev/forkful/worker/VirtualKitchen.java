package dev.forkful.worker;

import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.WorkOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One virtual thread per order on the JDK's default carrier pool (one carrier per core). A wait is
 * Thread.sleep, which unmounts; a block is a native call that keeps its carrier (see {@link Blocking});
 * cpu work keeps its carrier too, so a frozen chef takes one carrier away for good.
 */
final class VirtualKitchen implements Kitchen {
    private final Map<Thread, ChefSlot> running = new ConcurrentHashMap<>();
    private final AtomicInteger nextChef = new AtomicInteger();
    private final String task;
    private final Cook cook;
    private final Fridge fridge;
    private final OrderBook book;
    private final Heartbeats heartbeats;
    private volatile boolean closed;

    VirtualKitchen(String task, Cook cook, Fridge fridge, KitchenReport report) {
        this.task = task;
        this.cook = cook;
        this.fridge = fridge;
        this.book = new OrderBook(report);
        this.heartbeats = new Heartbeats(task, report, running.values(), ChefCpu.virtualThreads(), book::open);
    }

    VirtualKitchen start() {
        heartbeats.start();
        return this;
    }

    @Override
    public void submit(WorkOrder order) {
        if (closed) {
            return;
        }
        book.opened();
        ChefSlot slot = new ChefSlot(nextChef.getAndIncrement());
        Thread chef = Thread.ofVirtual().name("forkful-" + task + "-order-" + order.id()).unstarted(() -> {
            try {
                cook.cook(order, slot.chef(), slot);
            } finally {
                running.remove(Thread.currentThread());
                book.closed();
            }
        });
        slot.cookedBy(chef);
        running.put(chef, slot);
        chef.start();
    }

    @Override
    public void finish() {
        book.finish();
    }

    @Override
    public int liveUnits() {
        return running.size();
    }

    @Override
    public Map<String, FridgeAudit> audit() {
        return fridge.audit();
    }

    @Override
    public void close() {
        closed = true;
        heartbeats.stop();
        running.keySet().forEach(Thread::interrupt);
    }
}
