package dev.forkful.worker;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Counts open orders and tells the report once when the kitchen has finished and none is open. */
final class OrderBook {
    private final AtomicLong open = new AtomicLong();
    private final AtomicBoolean doneSent = new AtomicBoolean();
    private final KitchenReport report;
    private volatile boolean finishing;

    OrderBook(KitchenReport report) {
        this.report = report;
    }

    void opened() {
        open.incrementAndGet();
    }

    void closed() {
        if (open.decrementAndGet() == 0 && finishing) {
            sendDone();
        }
    }

    void finish() {
        finishing = true;
        if (open.get() == 0) {
            sendDone();
        }
    }

    int open() {
        return (int) Math.min(Integer.MAX_VALUE, open.get());
    }

    private void sendDone() {
        if (doneSent.compareAndSet(false, true)) {
            report.done();
        }
    }
}
