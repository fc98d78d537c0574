package dev.forkful.worker;

import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.LineWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A report that remembers what a kitchen said, for tests. */
final class RecordingReport implements KitchenReport {
    record Lost(long order, int chef, String reason) {
    }

    record Stall(long order, int step, long nanos, String cause) {
    }

    record Beat(long atNanos, List<ChefState> chefs, int pending) {
    }

    final Map<Long, Integer> served = new ConcurrentHashMap<>();
    /** Each served (or begun and lost) order's record, in microseconds from the kitchen clock's zero. */
    final Map<Long, long[]> records = new ConcurrentHashMap<>();
    final List<Lost> lost = new CopyOnWriteArrayList<>();
    final List<Stall> stalls = new CopyOnWriteArrayList<>();
    final List<Beat> beats = new CopyOnWriteArrayList<>();
    final List<String> deadlocks = new CopyOnWriteArrayList<>();
    final CountDownLatch deadlocked = new CountDownLatch(1);
    final AtomicInteger stepsStarted = new AtomicInteger();
    final CountDownLatch done = new CountDownLatch(1);
    final AtomicInteger doneCalls = new AtomicInteger();

    @Override
    public void stepStarted(long order, int chef, int step) {
        stepsStarted.incrementAndGet();
    }

    @Override
    public void served(long order, int chef, LineWriter.Record record) {
        served.merge(order, 1, Integer::sum);
        records.put(order, record.values(0));
    }

    @Override
    public void lost(long order, int chef, String reason) {
        lost.add(new Lost(order, chef, reason));
    }

    @Override
    public void lost(long order, int chef, String reason, LineWriter.Record record) {
        lost(order, chef, reason);
        records.put(order, record.values(0));
    }

    @Override
    public void deadlock(String cycle, long stuckNanos) {
        deadlocks.add(cycle);
        deadlocked.countDown();
    }

    @Override
    public void stall(long order, int step, long stalledNanos, String cause) {
        stalls.add(new Stall(order, step, stalledNanos, cause));
    }

    @Override
    public void heartbeat(List<ChefState> chefs, int pending) {
        beats.add(new Beat(System.nanoTime(), chefs, pending));
    }

    @Override
    public void done() {
        doneCalls.incrementAndGet();
        done.countDown();
    }

    void awaitDone() throws InterruptedException {
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the kitchen never said done: served " + served.size() + ", lost " + lost.size());
        }
    }

    /** Heartbeats sent after {@code sinceNanos}. */
    long beatsSince(long sinceNanos) {
        return beats.stream().filter(b -> b.atNanos() > sinceNanos).count();
    }
}
