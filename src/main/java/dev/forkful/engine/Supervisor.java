package dev.forkful.engine;

import com.google.gson.JsonObject;
import dev.forkful.engine.EngineEvent.ChefFrozen;
import dev.forkful.engine.EngineEvent.Freeze;
import dev.forkful.engine.EngineEvent.KitchenStarted;
import dev.forkful.engine.EngineEvent.Stats;
import dev.forkful.engine.EngineEvent.StepStarted;
import dev.forkful.engine.KitchenChild.State;
import dev.forkful.engine.RunClock.Phase;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.Wire;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Runs one level on its own thread: the loop that reads what the children say and, every tick,
 * lets orders arrive ({@link OrderDesk}), asks the {@link Watchdog} and carries out its verdicts,
 * rebuilds dead kitchens ({@link KitchenBuilder}) and ends the run ({@link LevelEnd}), turning it
 * all into {@link EngineEvent}s for one listener, in order. Every other thread only posts to its inbox.
 *
 * <p>Run time starts when every first kitchen has said hello (starting them is not counted;
 * rebuilding one is, since orders wait meanwhile).
 */
final class Supervisor implements Runnable, Watchdog.Verdicts {
    private static final long TICK_NANOS = Duration.ofMillis(20).toNanos();
    private static final long LOAD_SAMPLE_NANOS = Duration.ofMillis(100).toNanos();

    private final Level level;
    private final Plan plan;
    private final long seed;
    private final EngineListener listener;
    private final LongSupplier workPerMs;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final Inbox inbox = new Inbox();
    private final List<TaskFloor> floors = new ArrayList<>();
    private final List<KitchenStarted> startedBeforeOpen = new ArrayList<>();
    private final RunClock clock = new RunClock();
    private final OrderDesk desk;
    private final KitchenBuilder kitchens;
    private final Watchdog watchdog = new Watchdog(this);
    private final LevelEnd end;
    private final MachineLoad load = MachineLoad.onThisMachine(cores);
    private long loadSampledAt;

    /** Receive time of the newest message handled: while the inbox has a backlog, the watchdog judges by it. */
    private long seenUpTo;

    Supervisor(Level level, Plan plan, long seed, EngineListener listener, ChildLauncher launcher, LongSupplier workPerMs) {
        this.level = level;
        this.plan = plan;
        this.seed = seed;
        this.listener = listener;
        this.workPerMs = workPerMs;
        this.desk = new OrderDesk(floors, clock, listener);
        this.kitchens = new KitchenBuilder(launcher, inbox, clock, desk, listener);
        this.end = new LevelEnd(clock, floors, kitchens.everyChild(), desk, listener);
    }

    /** Asks the run to stop now; safe from any thread. */
    void cancel() {
        inbox.cancel(System.nanoTime());
    }

    @Override
    public void run() {
        try {
            kitchens.open(level, plan, seed, workPerMs.getAsLong(), cores, floors);
            maybeOpen(System.nanoTime());
            List<Inbound> more = new ArrayList<>(Inbox.CAPACITY);
            while (!clock.is(Phase.OVER)) {
                Inbound first = inbox.poll(desk.untilNextArrival(System.nanoTime(), TICK_NANOS));
                if (first != null) {
                    handle(first);
                    inbox.drainTo(more);
                    for (Inbound in : more) {
                        handle(in);
                    }
                    more.clear();
                }
                if (inbox.cancelledAt() >= 0) {
                    end.cancel(inbox.cancelledAt());
                }
                tick(System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inbox.close();
            load.close();
            end.stopChildren();
        }
    }

    /** Run time starts once no first kitchen is still starting. */
    private void maybeOpen(long now) {
        if (!clock.is(Phase.STARTING)) {
            return;
        }
        for (TaskFloor f : floors) {
            for (KitchenChild c : f.slots) {
                if (c != null && c.state == State.STARTING) {
                    return;
                }
            }
        }
        clock.open(now);
        startedBeforeOpen.forEach(listener::on);
        startedBeforeOpen.clear();
        for (TaskFloor f : floors) {
            desk.loseIfNoKitchen(f, now);
        }
        tick(now);
    }

    private void tick(long now) {
        switch (clock.phase()) {
            case STARTING -> watchdog.startTimeouts(kitchens.everyChild(), now);
            case RUNNING -> {
                watchdog.startTimeouts(kitchens.everyChild(), now);
                desk.arrivals(now);
                // the supervisor's own backlog must not look like a child's silence
                watchdog.silentKitchens(floors, inbox.isEmpty() ? now : seenUpTo, now);
                if (clock.sinceOpen(now) >= level.kitchen().timeLimit().toNanos()) {
                    desk.timeLimit(now, level.kitchen().timeLimit());
                }
                sampleLoad(now);
                if (desk.allClosed()) {
                    load.sample(ourKitchens(), now); // the last stretch counts too
                    load.close();
                    listener.on(new EngineEvent.MachineShare(clock.rel(now), cores, load.threadShare(),
                            load.othersRunnable(), load.wakeDelayNanos(), load.samples()));
                    end.begin(now);
                    finishIfAuditsIn(now); // none may be owed: no message would come to wake the loop before its tick
                }
            }
            case ENDING -> finishIfAuditsIn(now);
            case OVER -> { }
        }
    }

    private void finishIfAuditsIn(long now) {
        if (end.auditsIn(now)) {
            end.finish();
        }
    }

    /** What the machine gives our threads, read while orders cook, for a par that is fair on a busy machine. */
    private void sampleLoad(long now) {
        if (now - loadSampledAt < LOAD_SAMPLE_NANOS) {
            return;
        }
        loadSampledAt = now;
        load.sample(ourKitchens(), now);
    }

    /**
     * Our kitchen processes, those starting or being killed too (their threads are ours, not other
     * programs'); those whose chefs share a GIL compute on one core at most.
     */
    private List<MachineLoad.Watched> ourKitchens() {
        List<MachineLoad.Watched> ours = new ArrayList<>();
        for (KitchenChild c : kitchens.everyChild()) {
            if (c.alive()) {
                ours.add(new MachineLoad.Watched(c.pid(), c.floor.spec.sharesGil()));
            }
        }
        return ours;
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
            case Inbound.Exited e -> {
                kitchens.died(e.from(), e.status(), e.at());
                maybeOpen(e.at());
            }
            case Inbound.Cancel c -> end.cancel(c.at());
        }
    }

    private void message(KitchenChild c, JsonObject m, long at) {
        if (!c.alive() || c.killedBecause != null) {
            return;
        }
        TaskFloor f = c.floor;
        String task = f.task.id();
        boolean running = clock.is(Phase.RUNNING);
        switch (Wire.type(m)) {
            case "hello" -> hello(c, at, m.has("clock") ? m.get("clock").getAsLong() : at);
            case "lost" -> {
                long order = m.get("order").getAsLong();
                long[] record = Wire.readLostRecord(m);
                if (c.release(order) && running) {
                    if (desk.howCooked && record != null && record.length == Wire.servedStride(f.spec.steps().size()) - 2) {
                        listener.on(desk.cooked(c, clock.rel(at), m.get("chef").getAsInt(), order, record, 0, record.length));
                    }
                    desk.lose(f, order, at, m.get("reason").getAsString());
                }
                desk.dispatch(f, at);
            }
            case "stall" -> {
                if (running) {
                    listener.on(new Freeze(clock.rel(at), task, f.model(), c.slot, m.get("nanos").getAsLong() / 1_000_000,
                            m.get("cause").getAsString(), false));
                }
            }
            case "deadlock" -> {
                if (running) {
                    frozen(c, m.get("nanos").getAsLong(), "deadlock: " + m.get("cycle").getAsString(), at);
                }
            }
            case "beat" -> {
                c.lastBeat = at;
                List<ChefState> chefs = Wire.readChefs(m);
                int pending = m.get("pending").getAsInt();
                if (running) {
                    watchdog.stuckChefs(c, chefs, pending, at);
                }
            }
            case "stats" -> {
                if (running) {
                    listener.on(new Stats(clock.rel(at), task, c.slot, c.pid(), m.get("rss").getAsLong(), m.get("pss").getAsLong(),
                            m.get("cpu_ns").getAsLong(), m.get("threads").getAsInt(), lightUnits(f.model(), m.get("units").getAsInt()),
                            m.get("blocked_ns").getAsLong(), m.get("work_ns").getAsLong(), m.get("work_cpu_ns").getAsLong()));
                }
            }
            case "take" -> c.send(PantryStock.answer(f.pantry, m));
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
            desk.served(c, e, events.stride(), at);
        } else if (clock.is(Phase.RUNNING)) {
            for (int i = 0; i < e.length; i += 3) {
                if (f.isOpen(e[i])) {
                    listener.on(new StepStarted(clock.rel(at), f.task.id(), c.slot, (int) e[i + 1], e[i], (int) e[i + 2]));
                }
            }
        }
    }

    /** Coroutines, or virtual threads: the units that are not OS threads (those come in {@code threads}). */
    private static int lightUnits(Model model, int units) {
        return model == Model.COROUTINE || model == Model.VIRTUAL ? units : 0;
    }

    /**
     * {@code childClock} is the child's {@code System.nanoTime()} as it said hello: the same clock as ours on
     * one machine (Linux's and macOS's monotonic clocks are system-wide), so its served records' times are
     * ours too. A stamp that cannot be (before the child was started, after we read it) is taken as {@code at}.
     */
    private void hello(KitchenChild c, long at, long childClock) {
        c.state = State.READY;
        c.lastBeat = at;
        c.clockOrigin = childClock >= c.spawnedAt && childClock <= at ? childClock : at;
        TaskFloor f = c.floor;
        KitchenStarted started = new KitchenStarted(clock.rel(at), f.task.id(), c.slot, f.model(), c.pid(), f.spec.chefs());
        if (clock.is(Phase.STARTING)) {
            startedBeforeOpen.add(started);
            maybeOpen(at);
        } else if (clock.is(Phase.RUNNING)) {
            listener.on(started);
            desk.dispatch(f, at);
        }
    }

    // ---- the watchdog's verdicts, carried out

    @Override
    public void noHello(KitchenChild c) {
        c.kill("no hello");
    }

    @Override
    public void frozen(KitchenChild c, long stalledNanos, String cause, long now) {
        TaskFloor f = c.floor;
        if (f.model() == Model.PROCESS || f.model() == Model.COROUTINE) { // one chef: the house, the loop
            listener.on(new ChefFrozen(clock.rel(now), f.task.id(), c.slot, 0, -1, -1, stalledNanos));
        }
        listener.on(new Freeze(clock.rel(now), f.task.id(), f.model(), c.slot, stalledNanos / 1_000_000, cause, true));
        for (long order : c.dropAll()) {
            desk.lose(f, order, now, "its kitchen froze and was killed");
        }
        c.kill("frozen");
    }

    @Override
    public void chefStuck(KitchenChild c, ChefState chef, String cause, long at) {
        TaskFloor f = c.floor;
        listener.on(new ChefFrozen(clock.rel(at), f.task.id(), c.slot, chef.chef(), chef.order(), chef.step(), chef.sinceNanos()));
        listener.on(new Freeze(clock.rel(at), f.task.id(), f.model(), c.slot, chef.sinceNanos() / 1_000_000, cause, false));
        if (c.release(chef.order())) {
            desk.lose(f, chef.order(), at, "the chef froze");
        }
    }
}
