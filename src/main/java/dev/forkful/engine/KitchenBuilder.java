package dev.forkful.engine;

import dev.forkful.engine.EngineEvent.Crash;
import dev.forkful.engine.EngineEvent.KitchenDied;
import dev.forkful.engine.KitchenChild.State;
import dev.forkful.engine.RunClock.Phase;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.Wire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts every task's kitchens as child processes, and when one dies, reports how (the real exit
 * status or signal, or why it was killed), loses what it held and rebuilds it, at most
 * {@link TaskFloor#MAX_REBUILDS} times per task. Only the supervisor's thread calls it.
 */
final class KitchenBuilder {
    private final ChildLauncher launcher;
    private final Inbox inbox;
    private final RunClock clock;
    private final OrderDesk desk;
    private final EngineListener listener;
    private final List<KitchenChild> everyChild = new ArrayList<>();

    KitchenBuilder(ChildLauncher launcher, Inbox inbox, RunClock clock, OrderDesk desk, EngineListener listener) {
        this.launcher = launcher;
        this.inbox = inbox;
        this.clock = clock;
        this.desk = desk;
        this.listener = listener;
    }

    /** Every child started in this run, the dead ones too, in start order. */
    List<KitchenChild> everyChild() {
        return everyChild;
    }

    /** Builds each task's floor into {@code floors} and starts its kitchens. */
    void open(Level level, Plan plan, long seed, long work, int cores, List<TaskFloor> floors) {
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
        Prestart.killUnused();
    }

    private void spawn(TaskFloor floor, int slot) {
        long now = System.nanoTime();
        try {
            Process p = launcher.startKitchen(computesNothing(floor));
            KitchenChild child = new KitchenChild(floor, slot, p, now);
            floor.slots[slot] = child;
            everyChild.add(child);
            child.send(Wire.setup(floor.spec));
            child.startReading(inbox);
        } catch (IOException e) {
            // the OS refused a process (limits, memory): this slot stays empty
            floor.slots[slot] = null;
            listener.on(new Crash(clock.rel(now), floor.task.id(), floor.model(), "could not start: " + e.getMessage(), -1, -1, 0));
            desk.loseIfNoKitchen(floor, now);
        }
    }

    /**
     * A coroutine kitchen whose recipe has no cpu step: its loop only parks, wakes and reports, so its JVM
     * can stop at C1 ({@link ChildLauncher#startKitchen}); one with calibrated cpu work keeps C2.
     */
    static boolean computesNothing(TaskFloor floor) {
        return floor.model() == Model.COROUTINE
                && floor.spec.steps().stream().noneMatch(s -> s.action() instanceof Step.Action.Cpu);
    }

    /** A child ended (its output closed and it exited with {@code status}). */
    void died(KitchenChild c, int status, long at) {
        // read (and delete) its fatal-error log whatever the phase: no crash log is left behind
        String fromLog = Signals.fromCrashLog(launcher.crashLog(c.pid()));
        String fatal = c.fatalSignal != null ? c.fatalSignal : fromLog;
        boolean wasReady = c.state == State.READY;
        c.state = State.GONE;
        if (clock.is(Phase.ENDING) || clock.is(Phase.OVER)) {
            return;
        }
        TaskFloor f = c.floor;
        String task = f.task.id();
        long[] lost = c.dropAll();
        String reason = "frozen".equals(c.killedBecause) ? "its kitchen froze and was killed" : "its kitchen died";
        for (long order : lost) {
            desk.lose(f, order, at, reason);
        }
        if (clock.is(Phase.RUNNING)) {
            listener.on(new KitchenDied(clock.rel(at), task, c.slot, c.pid(), status, true));
        }
        if (!"frozen".equals(c.killedBecause)) {
            String kind = crashKind(c.killedBecause, c.lastError, status, fatal, wasReady);
            listener.on(new Crash(clock.rel(at), task, f.model(), kind, c.pid(), status, lost.length));
        }
        if (f.slots[c.slot] == c) {
            rebuild(f, c.slot, at);
        }
    }

    private void rebuild(TaskFloor f, int slot, long now) {
        boolean needed = !f.allClosed();
        if (needed && f.rebuilds < TaskFloor.MAX_REBUILDS) {
            f.rebuilds++;
            spawn(f, slot);
        } else {
            f.slots[slot] = null;
            if (needed) {
                desk.loseIfNoKitchen(f, now);
            }
        }
    }

    /**
     * What ended a kitchen, as observed: why the supervisor killed it, else a signal's name (from
     * the JVM's fatal-error report, or the exit status) or an exit code, with the child's last words.
     */
    static String crashKind(String killedBecause, String lastError, int status, String fatal, boolean wasReady) {
        if (killedBecause != null) {
            return killedBecause;
        }
        String kind;
        if (fatal != null) {
            kind = fatal + " (then the JVM's fatal-error handler aborted)";
        } else if (status > 128) {
            kind = Signals.name(status - 128);
        } else {
            kind = "exit " + status;
        }
        if (lastError != null) {
            kind += ": " + lastError;
        }
        return wasReady ? kind : "died at start: " + kind;
    }
}
