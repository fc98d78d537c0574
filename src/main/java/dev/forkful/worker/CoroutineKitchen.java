package dev.forkful.worker;

import dev.forkful.level.Durations;
import dev.forkful.level.Step;
import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.LineWriter;
import dev.forkful.protocol.WorkOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One event-loop thread cooks every order as a coroutine: a wait parks the order on the timer heap,
 * while cpu work, blocking calls and fridge takes run on the loop thread itself. Nothing else runs
 * between a fridge read and its write, so the fridge needs no lock, unless the take awaits in between
 * ({@code pause = "wait"}, see {@link AsyncFridge}). A step's {@code hold} takes no lock here: one
 * loop thread holds none across a yield, so it cannot deadlock. A monitor thread sends the
 * heartbeats, naming the step that holds the loop and the CPU the loop thread had on it: a frozen
 * loop spins on one step, a blocking call sleeps on one.
 */
final class CoroutineKitchen implements Kitchen {
    /** Like asyncio's slow-callback warning: a step that holds the loop longer is reported as a stall. */
    static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long CLOSE_WAIT_MILLIS = 200;

    private final String task;
    private final List<Step> steps;
    private final KitchenReport report;
    private final Fridge fridge;
    private final AsyncFridge asyncFridge;
    private final Stove stove;
    private final EventLoop loop;
    private final ChefSlot loopChef = new ChefSlot(0);
    private final Heartbeats heartbeats;
    private final LongSupplier threadCpu;
    private volatile Thread thread;
    private volatile boolean closed;
    /** The loop's last step start not yet reported, -1 for none (loop thread only). */
    private long unsentStepOrder = -1;
    private int unsentStep;

    /**
     * @param clock     the loop's wall clock
     * @param threadCpu the CPU time of the calling thread, in nanoseconds (a test gives its fake clock)
     * @param asyncLock takes that await between read and write take an {@link AsyncLock} around both
     */
    CoroutineKitchen(String task, List<Step> steps, KitchenReport report, LocalFridge fridge, boolean asyncLock,
                     Stove stove, EventLoop.Clock clock, LongSupplier threadCpu) {
        this.task = task;
        this.threadCpu = threadCpu;
        this.steps = steps;
        this.report = report;
        this.fridge = fridge;
        this.stove = stove;
        this.loop = new EventLoop(clock, this::sendStepStarted);
        this.heartbeats = new Heartbeats(task, report, List.of(loopChef), ChefCpu.platformThreads(), loop::pending);
        this.asyncFridge = new AsyncFridge(fridge, asyncLock ? new AsyncLock(loop) : null);
    }

    CoroutineKitchen start() {
        Thread t = Thread.ofPlatform().daemon().name("forkful-loop-" + task).unstarted(this::runLoop);
        loopChef.cookedBy(t);
        thread = t;
        t.start();
        heartbeats.start();
        return this;
    }

    /** Runs the loop on the calling thread until every order is served or lost (after {@link #finish()}). */
    void runLoop() {
        loop.run();
        if (!closed) {
            report.done();
        }
    }

    @Override
    public void submit(WorkOrder order) {
        loop.submit(new Order(this, order.id(), faulty(order)));
    }

    /** The burst goes to the loop as one batch: one hand-over and one wake-up, not one per order. */
    @Override
    public void submitAll(List<WorkOrder> orders) {
        Coroutine[] batch = new Coroutine[orders.size()];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = new Order(this, orders.get(i).id(), faulty(orders.get(i)));
        }
        loop.submitAll(batch);
    }

    /** An {@code orders} line's burst, as one batch, with no {@code WorkOrder} built for its clean orders. */
    @Override
    public void submit(WorkOrder.Burst burst) {
        Coroutine[] batch = new Coroutine[burst.count()];
        if (burst.faulty().isEmpty()) {
            // as nearly every burst: a plain loop, no call through the visitor per order in the interpreter
            for (int i = 0; i < batch.length; i++) {
                batch[i] = new Order(this, burst.first() + i, null);
            }
            loop.submitAll(batch);
            return;
        }
        // a class, not a lambda: linking a lambda's call site is a few ms of a C1-only kitchen's start
        burst.forEach(new WorkOrder.Burst.Each() {
            private int next;

            @Override
            public void order(long id, WorkOrder faulty) {
                batch[next++] = new Order(CoroutineKitchen.this, id, faulty);
            }
        });
        loop.submitAll(batch);
    }

    private static WorkOrder faulty(WorkOrder order) {
        return order.fault() == null ? null : order;
    }

    @Override
    public void finish() {
        loop.finish();
    }

    @Override
    public int liveUnits() {
        return loop.pending();
    }

    @Override
    public Map<String, FridgeAudit> audit() {
        return fridge.audit();
    }

    /** Stops the loop after the step running now; a frozen loop never gets there and is left to its process's end. */
    @Override
    public void close() {
        closed = true;
        heartbeats.stop();
        loop.stop();
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(CLOSE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * One order as a state machine: the index of its next step is all it keeps between awaits, with when
     * it began and when its steps ended (for the served record). A pending order is kept small: a
     * hundred thousand of them wait on the timer heap at once.
     */
    static final class Order implements Coroutine, LineWriter.Record {
        private static final long UNSTARTED = Long.MIN_VALUE;

        private final CoroutineKitchen kitchen;
        private final long id;
        /** The order as handed over when a fault strikes it; null for a clean one, as most are. */
        private final WorkOrder faulty;
        private int step;
        private AsyncFridge.Take take;
        /** The step before {@code step} suspended the order (a wait, an awaited take): it ends when the order resumes. */
        private boolean suspended;
        private long start = UNSTARTED;
        /** When each step but the last ended; null for a recipe of one step. */
        private long[] ends;
        /** When the last step ended, once served (0 while not reached, for a lost order's record). */
        private long lastEnd;

        Order(CoroutineKitchen kitchen, long id, WorkOrder faulty) {
            this.kitchen = kitchen;
            this.id = id;
            this.faulty = faulty;
        }

        boolean faultsAt(int i) {
            return faulty != null && faulty.faultsAt(i);
        }

        @Override
        public long resume() {
            CoroutineKitchen k = kitchen;
            int steps = k.steps.size();
            long now = k.loop.clock().nanoTime();
            if (start == UNSTARTED) {
                start = now;
                ends = steps > 1 ? new long[steps - 1] : null;
            }
            long lastEnd = now;
            while (take != null || step < steps) {
                if (take != null) {
                    long next = take.resume();
                    if (next != DONE) {
                        return next;
                    }
                    lastEnd = k.loop.clock().nanoTime();
                    ended(step - 1, lastEnd);
                    suspended = false;
                    boolean ok = take.ok();
                    Step.Action.Fridge f = (Step.Action.Fridge) k.steps.get(step - 1).action();
                    take = null;
                    if (!ok) {
                        k.reportNow().lost(id, 0, Faults.outOf(f.ingredient()), soFar(lastEnd));
                        return DONE;
                    }
                    continue;
                }
                if (suspended) {
                    ended(step - 1, now);
                    suspended = false;
                }
                int i = step++;
                Step s = k.steps.get(i);
                k.stepStarted(id, i, s.action() instanceof Step.Action.Wait && !faultsAt(i));
                if (s.action() instanceof Step.Action.Fridge f && f.awaits()) {
                    k.onLoop(this, i, s); // its fault, if one strikes
                    take = k.asyncFridge.take(this, f);
                    suspended = true;
                    continue;
                }
                if (s.action() instanceof Step.Action.Wait w) {
                    if (faultsAt(i)) {
                        k.onLoop(this, i, s);
                    } else {
                        k.loop.sleepFrom(lastEnd); // the wait began where the step before it ended
                    }
                    suspended = true;
                    return w.time().toNanos();
                }
                boolean ok = k.onLoop(this, i, s);
                lastEnd = k.loop.clock().nanoTime();
                ended(i, lastEnd);
                if (!ok) {
                    k.reportNow().lost(id, 0, Faults.outOf(((Step.Action.Fridge) s.action()).ingredient()), soFar(lastEnd));
                    return DONE;
                }
            }
            this.lastEnd = lastEnd;
            k.reportNow().served(id, 0, this);
            return DONE;
        }

        private void ended(int i, long at) {
            if (ends != null && i < ends.length) {
                ends[i] = at;
            }
        }

        /** The record of an order stopped in the step it was on, at {@code now}: the steps after it take no time. */
        private Order soFar(long now) {
            ended(step - 1, now);
            lastEnd = step >= kitchen.steps.size() ? now : 0;
            return this;
        }

        @Override
        public int length() {
            return 1 + 3 * (ends == null ? 1 : ends.length + 1);
        }

        /**
         * The record as {@link CookRecord#writeTo} writes one (each time rounded to its microsecond first),
         * for steps that followed each other with no lock or GIL to wait for, as on an event loop: each began
         * where the one before ended. Written straight into the line writer's buffer: no record per dish.
         */
        @Override
        public void writeTo(long[] out, int at, long originNanos) {
            long stepStart = CookRecord.micros(start, originNanos);
            out[at] = stepStart;
            int steps = ends == null ? 1 : ends.length + 1;
            for (int i = 0; i < steps; i++) {
                long end = i < steps - 1 ? ends[i] : lastEnd;
                long ended = Math.max(stepStart, CookRecord.micros(end, originNanos));
                out[at + 1 + 3 * i] = 0;
                out[at + 2 + 3 * i] = ended - stepStart;
                out[at + 3 + 3 * i] = 0;
                stepStart = ended;
            }
        }

        @Override
        public void failed(RuntimeException e) {
            if (start == UNSTARTED) {
                kitchen.reportNow().lost(id, 0, Faults.lostReason(e));
            } else {
                kitchen.reportNow().lost(id, 0, Faults.lostReason(e), soFar(kitchen.loop.clock().nanoTime()));
            }
        }
    }

    /**
     * Of wait steps started one after another in a loop pass, only the last start is reported: the
     * supervisor shows what the one chef is on now, and a burst's overtaken starts would be dropped by
     * the line writer anyway (100,000 orders that start by waiting cost one report, not 100,000).
     * Every other report goes out in its place, after the held start: a step that runs on the loop
     * (cpu, a blocking call, a fridge, a fault) is reported before it runs, so a stalled or frozen
     * loop shows the step that holds it.
     * @param waits the step only parks its order on the timer heap
     */
    private void stepStarted(long order, int step, boolean waits) {
        if (waits) {
            unsentStepOrder = order;
            unsentStep = step;
        } else {
            reportNow().stepStarted(order, 0, step);
        }
    }

    /** The report, once the held step start (if any) is sent. */
    private KitchenReport reportNow() {
        sendStepStarted();
        return report;
    }

    private void sendStepStarted() {
        if (unsentStepOrder >= 0) {
            report.stepStarted(unsentStepOrder, 0, unsentStep);
            unsentStepOrder = -1;
        }
    }

    /**
     * Runs a step's fault and its work on the loop thread, and reports a stall when the step itself
     * held the loop past {@link #STALL_NANOS}: a blocking call by the wall clock (it sleeps), any other
     * step by the loop thread's CPU time, so that a busy machine that takes the core away mid-step
     * does not make a short step a stall. The stall reported is the wall time the loop was held.
     * @return false when the fridge ran out
     */
    private boolean onLoop(Order order, int i, Step s) {
        EventLoop.Clock clock = loop.clock();
        long start = clock.nanoTime();
        boolean sleeps = s.action() instanceof Step.Action.Block;
        long cpuStart = sleeps ? 0 : threadCpu.getAsLong();
        boolean ok = true;
        loopChef.on(order.id, i);
        try {
            if (order.faultsAt(i)) {
                Faults.strike(order.faulty.fault(), s.name(), stove);
            }
            switch (s.action()) {
                case Step.Action.Cpu cpu -> stove.cpu(cpu.time().toNanos());
                case Step.Action.Block b -> stove.block(b.time().toNanos());
                case Step.Action.Fridge f -> ok = f.awaits() || fridge.take(f.ingredient(), f.take());
                case Step.Action.Wait w -> {
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the event loop was interrupted in step '" + s.name() + "'", e);
        } finally {
            loopChef.idle();
        }
        long held = clock.nanoTime() - start;
        long own = sleeps ? held : threadCpu.getAsLong() - cpuStart;
        if (own > STALL_NANOS) {
            reportNow().stall(order.id, i, held, stallCause(s, held));
        }
        return ok;
    }

    private static String stallCause(Step s, long heldNanos) {
        String held = Durations.format(Duration.ofMillis(TimeUnit.NANOSECONDS.toMillis(heldNanos)));
        return switch (s.action()) {
            case Step.Action.Block b -> "blocking call '" + s.name() + "' (" + Durations.format(b.time())
                    + ") held the event loop for " + held;
            case Step.Action.Cpu c -> "cpu step '" + s.name() + "' (" + Durations.format(c.time())
                    + ") held the event loop for " + held;
            case Step.Action.Fridge f -> "fridge step '" + s.name() + "' held the event loop for " + held;
            case Step.Action.Wait w -> "step '" + s.name() + "' held the event loop for " + held;
        };
    }
}
