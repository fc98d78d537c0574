package dev.forkful.engine;

import com.google.gson.JsonObject;
import dev.forkful.engine.EngineEvent.Crash;
import dev.forkful.engine.EngineEvent.Finished;
import dev.forkful.engine.EngineEvent.Freeze;
import dev.forkful.engine.EngineEvent.KitchenDied;
import dev.forkful.engine.EngineEvent.KitchenStarted;
import dev.forkful.engine.EngineEvent.OrderArrived;
import dev.forkful.engine.EngineEvent.OrderLost;
import dev.forkful.engine.EngineEvent.OrderServed;
import dev.forkful.engine.EngineEvent.Race;
import dev.forkful.engine.EngineEvent.Stats;
import dev.forkful.engine.EngineEvent.StepStarted;
import dev.forkful.engine.KitchenChild.State;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Task;
import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.Wire;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs one level on its own thread: starts the kitchens, lets orders arrive, hands them over,
 * reads what the children say, watches for freezes, rebuilds dead kitchens and turns it all into
 * {@link EngineEvent}s for one listener, in order. Every other thread only posts to its inbox.
 *
 * <p>Run time starts when every first kitchen has said hello (starting them is not counted;
 * rebuilding one is, since orders wait meanwhile).
 */
final class Supervisor implements Runnable {
    /** A child that has not said hello by then is a faulty kitchen. */
    static final long START_TIMEOUT_NANOS = Duration.ofSeconds(20).toNanos();
    /** How long the end waits for each kitchen's fridge audit. */
    static final long AUDIT_WAIT_NANOS = Duration.ofMillis(1500).toNanos();
    private static final long TICK_NANOS = Duration.ofMillis(20).toNanos();
    /** The most orders in one {@code orders} line. */
    static final int ORDERS_PER_LINE = 1024;

    private enum Phase { STARTING, RUNNING, ENDING, OVER }

    private final Level level;
    private final Plan plan;
    private final long seed;
    private final EngineListener listener;
    private final ChildLauncher launcher;
    private final LongSupplier workPerMs;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final Inbox inbox = new Inbox();
    private final List<TaskFloor> floors = new ArrayList<>();
    private final List<KitchenChild> everyChild = new ArrayList<>();
    private final List<KitchenStarted> startedBeforeOpen = new ArrayList<>();

    private Phase phase = Phase.STARTING;
    private long origin;
    private long lastAt;
    private long endAt;
    private long auditDeadline;
    /** Receive time of the newest message handled: while the inbox has a backlog, the watchdog judges by it. */
    private long seenUpTo;

    Supervisor(Level level, Plan plan, long seed, EngineListener listener, ChildLauncher launcher, LongSupplier workPerMs) {
        this.level = level;
        this.plan = plan;
        this.seed = seed;
        this.listener = listener;
        this.launcher = launcher;
        this.workPerMs = workPerMs;
    }

    /** Asks the run to stop now; safe from any thread. */
    void cancel() {
        inbox.cancel(System.nanoTime());
    }

    @Override
    public void run() {
        try {
            openFloors(workPerMs.getAsLong());
            List<Inbound> more = new ArrayList<>(Inbox.CAPACITY);
            while (phase != Phase.OVER) {
                Inbound first = inbox.poll(untilNextTick());
                if (first != null) {
                    handle(first);
                    inbox.drainTo(more);
                    for (Inbound in : more) {
                        handle(in);
                    }
                    more.clear();
                }
                if (inbox.cancelledAt() >= 0) {
                    cancelNow(inbox.cancelledAt());
                }
                tick(System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inbox.close();
            stopChildren();
        }
    }

    // ---- start

    private void openFloors(long work) {
        for (Task task : level.tasks()) {
            Assignment a = plan.assignments().get(task.id());
            boolean process = a.model() == Model.PROCESS;
            KitchenSpec spec = new KitchenSpec(task.id(), a.model(), a.model() == Model.THREAD ? a.workers() : 1,
                    level.kitchen().gil(), a.lock(), task.steps(), work, process, level.fridge());
            PantryStock pantry = process ? new PantryStock(level.fridge()) : null;
            TaskFloor floor = new TaskFloor(task, a, spec, new FaultDice(seed, task), pantry, cores);
            floors.add(floor);
            for (int slot = 0; slot < floor.slots.length; slot++) {
                spawn(floor, slot);
            }
        }
        maybeOpen(System.nanoTime());
    }

    private void spawn(TaskFloor floor, int slot) {
        long now = System.nanoTime();
        try {
            Process p = launcher.start();
            KitchenChild child = new KitchenChild(floor, slot, p, now);
            floor.slots[slot] = child;
            everyChild.add(child);
            child.send(Wire.setup(floor.spec));
            child.startReading(inbox);
        } catch (IOException e) {
            // the OS refused a process (limits, memory): this slot stays empty
            floor.slots[slot] = null;
            emit(new Crash(rel(now), floor.task.id(), floor.model(), "could not start: " + e.getMessage(), -1, -1, 0));
            loseIfNoKitchen(floor, now);
        }
    }

    /** Run time starts once no first kitchen is still starting. */
    private void maybeOpen(long now) {
        if (phase != Phase.STARTING) {
            return;
        }
        for (TaskFloor f : floors) {
            for (KitchenChild c : f.slots) {
                if (c != null && c.state == State.STARTING) {
                    return;
                }
            }
        }
        origin = now;
        phase = Phase.RUNNING;
        startedBeforeOpen.forEach(this::emit);
        startedBeforeOpen.clear();
        for (TaskFloor f : floors) {
            loseIfNoKitchen(f, now);
        }
        tick(now);
    }

    // ---- time

    /** Run time of a {@link System#nanoTime()} stamp; never earlier than an event already sent. */
    private long rel(long at) {
        if (phase == Phase.STARTING) {
            return 0;
        }
        lastAt = Math.max(lastAt, at - origin);
        return lastAt;
    }

    private long untilNextTick() {
        long wait = TICK_NANOS;
        if (phase == Phase.RUNNING) {
            long now = System.nanoTime() - origin;
            for (TaskFloor f : floors) {
                if (f.nextArrival < f.task.orders()) {
                    wait = Math.min(wait, f.dueAt(f.nextArrival) - now);
                }
            }
        }
        return Math.max(0, wait);
    }

    private void tick(long now) {
        switch (phase) {
            case STARTING -> startTimeouts(now);
            case RUNNING -> {
                startTimeouts(now);
                arrivals(now);
                watchdog(now);
                if (now - origin >= level.kitchen().timeLimit().toNanos()) {
                    timeLimit(now);
                }
                if (floors.stream().allMatch(TaskFloor::allClosed)) {
                    beginEnd(now);
                }
            }
            case ENDING -> {
                if (now >= auditDeadline || everyChild.stream().noneMatch(this::owesAudit)) {
                    end();
                }
            }
            case OVER -> { }
        }
    }

    // ---- orders

    private void arrivals(long now) {
        long t = now - origin;
        for (TaskFloor f : floors) {
            boolean any = false;
            while (f.nextArrival < f.task.orders() && f.dueAt(f.nextArrival) <= t) {
                long n = f.nextArrival++;
                f.arrive(n, f.dueAt(n));
                emit(new OrderArrived(rel(now), f.task.id(), n));
                any = true;
            }
            if (any) {
                dispatch(f, now);
            }
        }
    }

    /**
     * Hands waiting orders over: one at a time to a free house, all at once to a shared kitchen
     * (in lines of {@value #ORDERS_PER_LINE}, so that it starts on the first while the rest come).
     */
    private void dispatch(TaskFloor f, long now) {
        if (!f.anyWaiting()) {
            return;
        }
        if (!f.anyKitchen()) {
            loseIfNoKitchen(f, now);
            return;
        }
        for (KitchenChild c : f.slots) {
            if (c == null || c.state != State.READY) {
                continue;
            }
            while (f.anyWaiting() && (!f.pool() || c.inHand == 0)) {
                int count = f.pool() ? 1 : (int) Math.min(ORDERS_PER_LINE, f.waitingCount());
                long first = f.waitingFrom;
                f.waitingFrom += count;
                c.handOver(first, count, Wire.orders(first, count, f.dice.faulty(first, count)), now);
            }
        }
    }

    /** With no kitchen left to cook them, waiting orders are lost (and so is each later arrival). */
    private void loseIfNoKitchen(TaskFloor f, long now) {
        if (phase != Phase.RUNNING || f.anyKitchen()) {
            return;
        }
        while (f.anyWaiting()) {
            lose(f, f.waitingFrom++, now, "no kitchen left to cook it");
        }
    }

    private void lose(TaskFloor f, long order, long now, String reason) {
        if (f.isOpen(order)) {
            f.close(order);
            emit(new OrderLost(rel(now), f.task.id(), order, reason));
        }
    }

    private void timeLimit(long now) {
        String reason = "time limit (" + dev.forkful.level.Durations.format(level.kitchen().timeLimit()) + ")";
        for (TaskFloor f : floors) {
            for (long n = 0; n < f.task.orders(); n++) {
                if (!f.arrived(n)) {
                    f.arrive(n, now - origin);
                }
                lose(f, n, now, reason);
            }
            f.nextArrival = f.task.orders();
            f.waitingFrom = f.task.orders();
            f.releaseAll();
        }
    }

    // ---- what children say

    private void handle(Inbound in) {
        seenUpTo = Math.max(seenUpTo, in.at());
        switch (in) {
            case Inbound.Message m -> message(m.from(), m.message(), m.at());
            case Inbound.Events e -> events(e.from(), e.events(), e.at());
            case Inbound.Garbage g -> {
                if (g.from().alive()) {
                    g.from().kill("bad output: " + g.problem());
                }
            }
            case Inbound.Exited e -> exited(e.from(), e.status(), e.at());
            case Inbound.Cancel c -> cancelNow(c.at());
        }
    }

    private void message(KitchenChild c, JsonObject m, long at) {
        if (!c.alive() || c.killedBecause != null) {
            return;
        }
        TaskFloor f = c.floor;
        String task = f.task.id();
        switch (Wire.type(m)) {
            case "hello" -> hello(c, at);
            case "lost" -> {
                long order = m.get("order").getAsLong();
                if (c.release(order) && phase == Phase.RUNNING) {
                    lose(f, order, at, m.get("reason").getAsString());
                }
                dispatch(f, at);
            }
            case "stall" -> {
                if (phase == Phase.RUNNING) {
                    emit(new Freeze(rel(at), task, f.model(), c.slot, m.get("nanos").getAsLong() / 1_000_000,
                            m.get("cause").getAsString(), false));
                }
            }
            case "beat" -> {
                c.lastBeat = at;
                stuckChefs(c, Wire.readChefs(m), m.get("pending").getAsInt(), at);
            }
            case "stats" -> {
                if (phase == Phase.RUNNING) {
                    emit(new Stats(rel(at), task, c.slot, c.pid(), m.get("rss").getAsLong(), m.get("cpu_ns").getAsLong(),
                            m.get("threads").getAsInt(), lightUnits(f.model(), m.get("units").getAsInt()),
                            m.get("blocked_ns").getAsLong()));
                }
            }
            case "take" -> {
                long got = f.pantry == null ? 0 : f.pantry.take(m.get("ingredient").getAsString(), m.get("amount").getAsLong());
                c.send(Wire.taken(m.get("id").getAsLong(), got));
            }
            case "audit" -> c.audit = Wire.readAudit(m);
            case "error" -> c.lastError = m.get("message").getAsString();
            case "done", "pong" -> { }
            default -> c.kill("bad output: unknown message " + Wire.type(m));
        }
    }

    /** A packed line of steps started or dishes served (see {@link dev.forkful.protocol.LineWriter}). */
    private void events(KitchenChild c, Wire.Events events, long at) {
        if (!c.alive() || c.killedBecause != null) {
            return;
        }
        TaskFloor f = c.floor;
        long[] e = events.values();
        if (events.served()) {
            for (int i = 0; i < e.length; i += 2) {
                long order = e[i];
                if (c.release(order) && phase == Phase.RUNNING && f.isOpen(order)) {
                    long arrived = f.close(order);
                    long t = rel(at);
                    emit(new OrderServed(t, f.task.id(), c.slot, (int) e[i + 1], order, t - arrived));
                }
            }
            dispatch(f, at);
        } else if (phase == Phase.RUNNING) {
            for (int i = 0; i < e.length; i += 3) {
                if (f.isOpen(e[i])) {
                    emit(new StepStarted(rel(at), f.task.id(), c.slot, (int) e[i + 1], e[i], (int) e[i + 2]));
                }
            }
        }
    }

    /** Coroutines, or virtual threads: the units that are not OS threads (those come in {@code threads}). */
    private static int lightUnits(Model model, int units) {
        return model == Model.COROUTINE || model == Model.VIRTUAL ? units : 0;
    }

    private void hello(KitchenChild c, long at) {
        c.state = State.READY;
        c.lastBeat = at;
        TaskFloor f = c.floor;
        KitchenStarted started = new KitchenStarted(rel(at), f.task.id(), c.slot, f.model(), c.pid(), f.spec.chefs());
        if (phase == Phase.STARTING) {
            startedBeforeOpen.add(started);
            maybeOpen(at);
        } else if (phase == Phase.RUNNING) {
            emit(started);
            dispatch(f, at);
        }
    }

    // ---- the watchdog

    private void startTimeouts(long now) {
        for (KitchenChild c : everyChild) {
            if (c.state == State.STARTING && c.killedBecause == null && now - c.spawnedAt > START_TIMEOUT_NANOS) {
                c.kill("no hello");
            }
        }
    }

    /** A kitchen with work in hand that has been silent too long is frozen: reported, killed, rebuilt. */
    private void watchdog(long now) {
        // the supervisor's own backlog must not look like a child's silence
        long view = inbox.isEmpty() ? now : seenUpTo;
        for (TaskFloor f : floors) {
            for (KitchenChild c : f.slots) {
                if (c == null || c.state != State.READY || c.killedBecause != null || c.inHand == 0) {
                    continue;
                }
                long silent = view - Math.max(c.lastBeat, c.pendingSince);
                if (silent > f.freezeAfterNanos()) {
                    String cause = f.model() == Model.COROUTINE
                            ? "no heartbeat from the event loop for " + silent / 1_000_000 + " ms while "
                                    + c.inHand + " orders waited: a step never yielded"
                            : "no heartbeat from the kitchen for " + silent / 1_000_000 + " ms";
                    freezeKill(c, silent, cause, now);
                }
            }
        }
    }

    /**
     * A chef on one step far longer than it should take is stuck. A process house is killed (its
     * one chef is all it has); in a shared kitchen the others go on and only that dish is lost.
     */
    private void stuckChefs(KitchenChild c, List<ChefState> chefs, int pending, long at) {
        TaskFloor f = c.floor;
        if (phase != Phase.RUNNING || f.model() == Model.COROUTINE) {
            return;
        }
        for (ChefState chef : chefs) {
            if (chef.order() < 0 || !f.isOpen(chef.order()) || chef.sinceNanos() <= f.stuckAfterNanos(chef.step(), pending)) {
                continue;
            }
            String stepName = chef.step() >= 0 && chef.step() < f.task.steps().size()
                    ? "'" + f.task.steps().get(chef.step()).name() + "'" : "#" + chef.step();
            String stuck = "chef " + chef.chef() + " stuck on step " + stepName + " of order " + chef.order()
                    + " for " + chef.sinceNanos() / 1_000_000 + " ms";
            if (f.pool()) {
                freezeKill(c, chef.sinceNanos(), stuck + "; the house is killed", at);
                return;
            }
            if (c.stuckReported.add(chef.order())) {
                emit(new Freeze(rel(at), f.task.id(), f.model(), c.slot, chef.sinceNanos() / 1_000_000,
                        stuck + "; the other chefs go on", false));
                if (c.release(chef.order())) {
                    lose(f, chef.order(), at, "the chef froze");
                }
            }
        }
    }

    private void freezeKill(KitchenChild c, long stalledNanos, String cause, long now) {
        TaskFloor f = c.floor;
        emit(new Freeze(rel(now), f.task.id(), f.model(), c.slot, stalledNanos / 1_000_000, cause, true));
        for (long order : c.dropAll()) {
            lose(f, order, now, "its kitchen froze and was killed");
        }
        c.kill("frozen");
    }

    // ---- deaths and rebuilds

    private void exited(KitchenChild c, int status, long at) {
        // read (and delete) its fatal-error log whatever the phase: no crash log is left behind
        String fromLog = Signals.fromCrashLog(launcher.crashLog(c.pid()));
        String fatal = c.fatalSignal != null ? c.fatalSignal : fromLog;
        boolean wasReady = c.state == State.READY;
        c.state = State.GONE;
        if (phase == Phase.ENDING || phase == Phase.OVER) {
            return;
        }
        TaskFloor f = c.floor;
        String task = f.task.id();
        long[] lost = c.dropAll();
        String reason = "frozen".equals(c.killedBecause) ? "its kitchen froze and was killed" : "its kitchen died";
        for (long order : lost) {
            lose(f, order, at, reason);
        }
        if (phase == Phase.RUNNING) {
            emit(new KitchenDied(rel(at), task, c.slot, c.pid(), status, true));
        }
        if (!"frozen".equals(c.killedBecause)) {
            emit(new Crash(rel(at), task, f.model(), crashKind(c, status, fatal, wasReady), c.pid(), status, lost.length));
        }
        if (f.slots[c.slot] == c) {
            rebuild(f, c.slot, at);
        }
        maybeOpen(at);
    }

    private void rebuild(TaskFloor f, int slot, long now) {
        boolean needed = !f.allClosed();
        if (needed && f.rebuilds < TaskFloor.MAX_REBUILDS) {
            f.rebuilds++;
            spawn(f, slot);
        } else {
            f.slots[slot] = null;
            if (needed) {
                loseIfNoKitchen(f, now);
            }
        }
    }

    /** What ended a kitchen, as observed: a signal's name, an exit code, or why it was killed. */
    private String crashKind(KitchenChild c, int status, String fatal, boolean wasReady) {
        if (c.killedBecause != null) {
            return c.killedBecause;
        }
        String kind;
        if (fatal != null) {
            kind = fatal + " (then the JVM's fatal-error handler aborted)";
        } else if (status > 128) {
            kind = Signals.name(status - 128);
        } else {
            kind = "exit " + status;
        }
        if (c.lastError != null) {
            kind += ": " + c.lastError;
        }
        return wasReady ? kind : "died at start: " + kind;
    }

    // ---- the end

    private void beginEnd(long now) {
        endAt = rel(now);
        phase = Phase.ENDING;
        auditDeadline = now + AUDIT_WAIT_NANOS;
        for (KitchenChild c : everyChild) {
            if (c.state == State.READY && c.killedBecause == null) {
                c.finishSent = true;
                c.send(Wire.finish());
            }
        }
    }

    private boolean owesAudit(KitchenChild c) {
        return c.finishSent && c.state == State.READY && c.audit == null;
    }

    private void end() {
        for (TaskFloor f : floors) {
            // process chefs share the pantry; every other kitchen has its own fridge
            List<Map<String, FridgeAudit>> audits = new ArrayList<>();
            if (f.pantry != null) {
                audits.add(f.pantry.audit());
            } else {
                for (KitchenChild c : everyChild) {
                    if (c.floor == f && c.audit != null) {
                        audits.add(c.audit);
                    }
                }
            }
            for (Map<String, FridgeAudit> audit : audits) {
                audit.forEach((ingredient, a) -> {
                    if (a.lostUpdates() > 0) {
                        emit(new Race(endAt, f.task.id(), ingredient, a.taken(), a.start() - a.left()));
                    }
                });
            }
        }
        emit(new Finished(endAt));
        phase = Phase.OVER;
    }

    private void cancelNow(long at) {
        if (phase == Phase.OVER) {
            return;
        }
        if (phase != Phase.ENDING) {
            if (phase == Phase.STARTING) {
                origin = at;
                phase = Phase.RUNNING;
            }
            for (TaskFloor f : floors) {
                for (long n = 0; n < f.task.orders(); n++) {
                    if (!f.arrived(n)) {
                        f.arrive(n, at - origin);
                    }
                    lose(f, n, at, "cancelled");
                }
            }
            endAt = rel(at);
        }
        emit(new Finished(endAt));
        phase = Phase.OVER;
    }

    /** Closes every child's stdin (they exit within a second), then kills what is still there. */
    private void stopChildren() {
        everyChild.forEach(KitchenChild::closeInput);
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        for (KitchenChild c : everyChild) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !c.process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    Children.kill(c.process);
                }
            } catch (InterruptedException e) {
                Children.kill(c.process);
            }
        }
    }

    private void emit(EngineEvent e) {
        listener.on(e);
    }
}
