package dev.forkful.worker;

import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.WorkOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Platform-thread chefs sharing one order queue in this heap: the {@code thread} kitchen, and with one
 * chef the {@code process} house. A monitor thread sends each chef's state, so one chef stuck on a step
 * shows while the others go on.
 */
final class ChefKitchen implements Kitchen {
    private static final long CLOSE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final LinkedBlockingQueue<WorkOrder> queue = new LinkedBlockingQueue<>();
    private final List<Thread> chefs = new ArrayList<>();
    private final List<ChefSlot> slots = new ArrayList<>();
    private final OrderBook book;
    private final Fridge fridge;
    private final Heartbeats heartbeats;

    ChefKitchen(String task, int chefCount, Cook cook, Fridge fridge, KitchenReport report) {
        this.book = new OrderBook(report);
        this.fridge = fridge;
        for (int i = 0; i < chefCount; i++) {
            int chef = i;
            ChefSlot slot = new ChefSlot(chef);
            slots.add(slot);
            Thread thread = Thread.ofPlatform().daemon().name("forkful-chef-" + task + "-" + chef)
                    .unstarted(() -> serve(cook, chef, slot));
            slot.cookedBy(thread);
            chefs.add(thread);
        }
        this.heartbeats = new Heartbeats(task, report, slots, ChefCpu.platformThreads(), book::open);
    }

    ChefKitchen start() {
        chefs.forEach(Thread::start);
        heartbeats.start();
        return this;
    }

    private void serve(Cook cook, int chef, ChefSlot slot) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                cook.cook(queue.take(), chef, slot);
                book.closed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void submit(WorkOrder order) {
        book.opened();
        queue.add(order);
    }

    @Override
    public void finish() {
        book.finish();
    }

    @Override
    public int liveUnits() {
        return (int) chefs.stream().filter(Thread::isAlive).count();
    }

    @Override
    public Map<String, FridgeAudit> audit() {
        return fridge.audit();
    }

    /** Interrupts the chefs and waits a little; a frozen chef spins on (the supervisor kills its process). */
    @Override
    public void close() {
        heartbeats.stop();
        chefs.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + CLOSE_WAIT_NANOS;
        for (Thread chef : chefs) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                chef.join(java.time.Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
