package dev.forkful.engine;

import dev.forkful.engine.KitchenChild.State;
import dev.forkful.level.Model;
import dev.forkful.protocol.ChefState;
import java.time.Duration;
import java.util.List;

/**
 * Judges whether kitchens are alive: a child that never said hello, a kitchen with work in hand
 * that has been silent too long, a chef stuck on one step far past its time. It reads what the
 * heartbeats told ({@link KitchenChild#lastBeat}, {@link ChefState}s) against the times it is
 * given, and tells its {@link Verdicts} what it found; carrying them out is the caller's.
 */
final class Watchdog {
    /** A child that has not said hello by then is a faulty kitchen. */
    static final long START_TIMEOUT_NANOS = Duration.ofSeconds(20).toNanos();

    /** What the watchdog found, called at once and in order (a later judgement sees what an earlier one did). */
    interface Verdicts {
        /** The child never said hello. */
        void noHello(KitchenChild c);

        /** The whole kitchen is frozen: report it, lose what it holds, kill it. */
        void frozen(KitchenChild c, long stalledNanos, String cause, long now);

        /** One chef of a shared kitchen is stuck: report it, lose its dish; the others go on. */
        void chefStuck(KitchenChild c, ChefState chef, String cause, long at);
    }

    private final Verdicts verdicts;

    Watchdog(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    void startTimeouts(List<KitchenChild> children, long now) {
        for (KitchenChild c : children) {
            if (c.state == State.STARTING && c.killedBecause == null && now - c.spawnedAt > START_TIMEOUT_NANOS) {
                verdicts.noHello(c);
            }
        }
    }

    /**
     * A kitchen with work in hand that has been silent too long is frozen. {@code view} is the time
     * silence is judged at: the receive time of the newest message handled while the supervisor
     * has a backlog, so that its own delay does not look like a child's silence.
     */
    void silentKitchens(List<TaskFloor> floors, long view, long now) {
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
                    verdicts.frozen(c, silent, cause, now);
                }
            }
        }
    }

    /**
     * A chef on one step far longer than it should take is stuck. A process house is killed (its
     * one chef is all it has); in a shared kitchen the others go on, and each dish is reported once.
     * An event loop's chefs are judged by its silence instead.
     */
    void stuckChefs(KitchenChild c, List<ChefState> chefs, int pending, long at) {
        TaskFloor f = c.floor;
        if (f.model() == Model.COROUTINE) {
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
                verdicts.frozen(c, chef.sinceNanos(), stuck + "; the house is killed", at);
                return;
            }
            if (c.stuckReported.add(chef.order())) {
                verdicts.chefStuck(c, chef, stuck + "; the other chefs go on", at);
            }
        }
    }
}
