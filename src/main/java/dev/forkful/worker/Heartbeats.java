package dev.forkful.worker;

import java.util.Collection;
import java.util.function.IntSupplier;

/**
 * A monitor thread that sends each chef's state, with the CPU it had on its step, every
 * {@link KitchenReport#HEARTBEAT_MILLIS}. Being apart from the chefs, it speaks even while every
 * chef is stuck; an exception here must not pass unseen, so it ends the kitchen as faulty.
 */
final class Heartbeats {
    private final Thread thread;

    Heartbeats(String task, KitchenReport report, Collection<ChefSlot> chefs, ChefCpu cpu, IntSupplier pending) {
        thread = Thread.ofPlatform().daemon().name("forkful-heartbeat-" + task).unstarted(() -> {
            try {
                while (true) {
                    report.heartbeat(ChefSlot.longestBusy(chefs, System.nanoTime(), cpu), pending.getAsInt());
                    Thread.sleep(KitchenReport.HEARTBEAT_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    void start() {
        thread.start();
    }

    void stop() {
        thread.interrupt();
    }
}
