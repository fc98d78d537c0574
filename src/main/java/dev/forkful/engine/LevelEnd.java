package dev.forkful.engine;

import dev.forkful.engine.EngineEvent.Finished;
import dev.forkful.engine.EngineEvent.Race;
import dev.forkful.engine.KitchenChild.State;
import dev.forkful.engine.RunClock.Phase;
import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.Wire;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The end of a run: once every order is served or lost the kitchens are asked for their fridge
 * audits, which are awaited a while and turned into {@code Race}s (updates lost), then
 * {@code Finished}; a cancel finishes at once. Afterwards no child is left.
 */
final class LevelEnd {
    /** How long the end waits for each kitchen's fridge audit. */
    static final long AUDIT_WAIT_NANOS = Duration.ofMillis(1500).toNanos();

    private final RunClock clock;
    private final List<TaskFloor> floors;
    private final List<KitchenChild> everyChild;
    private final OrderDesk desk;
    private final EngineListener listener;
    private long endAt;
    private long auditDeadline;

    LevelEnd(RunClock clock, List<TaskFloor> floors, List<KitchenChild> everyChild, OrderDesk desk, EngineListener listener) {
        this.clock = clock;
        this.floors = floors;
        this.everyChild = everyChild;
        this.desk = desk;
        this.listener = listener;
    }

    /**
     * Every order is closed: the run time ends here, and each live kitchen whose recipe takes from the fridge
     * is asked for its audit. One that never takes cannot have lost an update, and is not asked: the round
     * trip (a line each way, a thread started in the kitchen) was about 13 ms of a one-order run's end.
     */
    void begin(long now) {
        endAt = clock.rel(now);
        clock.enter(Phase.ENDING);
        auditDeadline = now + AUDIT_WAIT_NANOS;
        for (KitchenChild c : everyChild) {
            if (c.state == State.READY && c.killedBecause == null && c.floor.task.takesFromFridge()) {
                c.finishSent = true;
                c.send(Wire.finish());
            }
        }
    }

    /** Every audit asked for came, or the wait is over. */
    boolean auditsIn(long now) {
        return now >= auditDeadline || everyChild.stream().noneMatch(LevelEnd::owesAudit);
    }

    private static boolean owesAudit(KitchenChild c) {
        return c.finishSent && c.state == State.READY && c.audit == null;
    }

    /** The races the audits show, then {@code Finished}. */
    void finish() {
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
            races(f.task.id(), audits, endAt).forEach(listener::on);
        }
        listener.on(new Finished(endAt));
        clock.enter(Phase.OVER);
    }

    /** One {@code Race} per ingredient of each audit that lost updates. */
    static List<Race> races(String task, List<Map<String, FridgeAudit>> audits, long endAt) {
        List<Race> races = new ArrayList<>();
        for (Map<String, FridgeAudit> audit : audits) {
            audit.forEach((ingredient, a) -> {
                if (a.lostUpdates() > 0) {
                    races.add(new Race(endAt, task, ingredient, a.taken(), a.start() - a.left()));
                }
            });
        }
        return races;
    }

    /** A cancel at {@code at}: unfinished orders are lost, and the run finishes without audits. */
    void cancel(long at) {
        if (clock.is(Phase.OVER)) {
            return;
        }
        if (!clock.is(Phase.ENDING)) {
            if (clock.is(Phase.STARTING)) {
                clock.open(at);
            }
            desk.cancel(at);
            endAt = clock.rel(at);
        }
        listener.on(new Finished(endAt));
        clock.enter(Phase.OVER);
    }

    /**
     * Kills every child at once: the run is over, and nothing a kitchen could still say would be read.
     * Waiting for each to exit on its own put a JVM's shutdown (20 ms quiet, up to 200 ms on a busy machine)
     * between the end of every run and its score; waiting for the kernel to reap the killed ones put another
     * 20 ms there (one order's run, wall-clock profile at load 5). The JDK reaps them while the score is
     * made, and the game's exit waits for any not yet gone ({@link Children}).
     */
    void stopChildren() {
        everyChild.forEach(KitchenChild::stop);
    }
}
