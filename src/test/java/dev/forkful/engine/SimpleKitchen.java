package dev.forkful.engine;

import dev.forkful.level.Step;
import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.WorkOrder;
import dev.forkful.worker.CookRecord;
import dev.forkful.worker.Kitchen;
import dev.forkful.worker.KitchenReport;
import dev.forkful.worker.Pantry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain thread-pool kitchen for the supervisor's tests: the real kitchens are the worker
 * package's; this one only has to cook honestly enough to exercise the pipe and the supervisor.
 * A segfault halts the JVM with status 139; a freeze spins. Like the real ones, a monitor thread
 * beats with each chef's CPU on its step, read from the chef thread's own CPU clock.
 */
final class SimpleKitchen implements Kitchen {
    private final KitchenSpec spec;
    private final KitchenReport report;
    private final Pantry pantry;
    private final LinkedBlockingQueue<WorkOrder> queue = new LinkedBlockingQueue<>();
    private final ChefState[] states;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong taken = new AtomicLong();
    private final Map<String, Long> stock = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Thread[] chefs;
    private final ChefState[] measured;
    private final long[] cpuAtFirstSight;
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private volatile boolean finishing;

    SimpleKitchen(KitchenSpec spec, KitchenReport report, Pantry pantry) {
        this.spec = spec;
        this.report = report;
        this.pantry = pantry;
        this.states = new ChefState[spec.chefs()];
        this.chefs = new Thread[spec.chefs()];
        this.measured = new ChefState[spec.chefs()];
        this.cpuAtFirstSight = new long[spec.chefs()];
        stock.putAll(spec.fridge());
        for (int i = 0; i < spec.chefs(); i++) {
            states[i] = ChefState.idle(i);
            int chef = i;
            chefs[i] = Thread.ofPlatform().daemon().start(() -> cook(chef));
            threads.add(chefs[i]);
        }
        threads.add(Thread.ofPlatform().daemon().start(this::beat));
    }

    private void cook(int chef) {
        try {
            while (true) {
                WorkOrder o = queue.take();
                cookOne(chef, o);
                states[chef] = ChefState.idle(chef);
                if (pending.decrementAndGet() == 0 && finishing) {
                    report.done();
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    private void cookOne(int chef, WorkOrder o) throws InterruptedException {
        CookRecord record = new CookRecord(System.nanoTime(), spec.steps().size());
        for (int i = 0; i < spec.steps().size(); i++) {
            record.held(i, System.nanoTime());
            states[chef] = new ChefState(chef, o.id(), i, System.nanoTime(), -1);
            report.stepStarted(o.id(), chef, i);
            if (o.faultsAt(i)) {
                switch (o.fault()) {
                    case EXCEPTION -> {
                        report.lost(o.id(), chef, "exception");
                        return;
                    }
                    case SEGFAULT -> Runtime.getRuntime().halt(139);
                    case FREEZE -> {
                        while (true) {
                            Thread.onSpinWait();
                        }
                    }
                }
            }
            switch (spec.steps().get(i).action()) {
                case Step.Action.Cpu(Duration t) -> spin(t);
                case Step.Action.Wait(Duration t) -> Thread.sleep(t);
                case Step.Action.Block(Duration t) -> Thread.sleep(t);
                case Step.Action.Fridge(String ingredient, long take, boolean awaits) -> {
                    if (spec.pantry()) {
                        pantry.take(ingredient, take);
                    } else {
                        stock.merge(ingredient, -take, Long::sum);
                    }
                    taken.addAndGet(take);
                }
            }
            record.ended(i, System.nanoTime(), 0);
        }
        report.served(o.id(), chef, record);
    }

    private static void spin(Duration t) {
        long end = System.nanoTime() + t.toNanos();
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    private void beat() {
        try {
            while (true) {
                List<ChefState> now = new ArrayList<>();
                long t = System.nanoTime();
                for (int chef = 0; chef < states.length; chef++) {
                    ChefState s = states[chef];
                    now.add(s.order() < 0 ? s : new ChefState(chef, s.order(), s.step(), t - s.sinceNanos(), cpuOnStep(chef, s)));
                }
                report.heartbeat(now, pending.get());
                Thread.sleep(KitchenReport.HEARTBEAT_MILLIS);
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    private long cpuOnStep(int chef, ChefState s) {
        long now = cpu.getThreadCpuTime(chefs[chef].threadId());
        if (measured[chef] != s) {
            measured[chef] = s;
            cpuAtFirstSight[chef] = now;
        }
        return now - cpuAtFirstSight[chef];
    }

    @Override
    public void submit(WorkOrder order) {
        pending.incrementAndGet();
        queue.add(order);
    }

    @Override
    public void finish() {
        finishing = true;
        if (pending.get() == 0) {
            report.done();
        }
    }

    @Override
    public int liveUnits() {
        return spec.chefs();
    }

    @Override
    public Map<String, FridgeAudit> audit() {
        Map<String, FridgeAudit> out = new java.util.LinkedHashMap<>();
        spec.fridge().forEach((k, v) -> out.put(k, new FridgeAudit(v, taken.get(), stock.get(k))));
        return out;
    }

    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
    }
}
