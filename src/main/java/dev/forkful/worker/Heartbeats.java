package dev.forkful.worker;

import dev.forkful.protocol.ChefState;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongFunction;

/** A monitor thread that sends each chef's state every {@link KitchenReport#HEARTBEAT_MILLIS}. */
final class Heartbeats {
    private final Thread thread;

    Heartbeats(String task, KitchenReport report, LongFunction<List<ChefState>> chefs, IntSupplier pending) {
        thread = Thread.ofPlatform().daemon().name("forkful-heartbeat-" + task).unstarted(() -> {
            try {
                while (true) {
                    report.heartbeat(chefs.apply(System.nanoTime()), pending.getAsInt());
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
