package dev.forkful.engine;

import dev.forkful.engine.KitchenChild.State;
import dev.forkful.protocol.ChefState;
import java.time.Duration;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Judges whether kitchens are alive, by what ran rather than by the clock: a chef is stuck only when
 * it had the CPU on one step far past what the step computes and made no progress; a kitchen is
 * frozen when every chef that could hold a core is stuck, or when it stops talking while it keeps
 * using the CPU. A kitchen starved by a busy machine, paused by its garbage collector or stopped
 * (Ctrl-Z) gets no CPU, so it is slowed, never frozen. A child that never said hello is faulty.
 * It reads what the heartbeats told ({@link KitchenChild#lastBeat}, {@link ChefState}s) against the
 * times it is given, and tells its {@link Verdicts} what it found; carrying them out is the caller's.
 */
final class Watchdog {
    /** A child that has not said hello by then is a faulty kitchen. */
    static final long START_TIMEOUT_NANOS = Duration.ofSeconds(20).toNanos();
    /** Heartbeats come from a monitor thread apart from the chefs: silence this long is worth a look. */
    static final long SILENCE_NANOS = Duration.ofSeconds(1).toNanos();
    /** Silent this long while using at least half a core: the kitchen is faulty, not slowed. */
    static final long BUSY_SILENCE_NANOS = Duration.ofSeconds(10).toNanos();

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
    private final LongUnaryOperator processCpu;

    /** @param processCpu a child's CPU time so far in nanoseconds, by its pid; -1 when it cannot be read */
    Watchdog(Verdicts verdicts, LongUnaryOperator processCpu) {
        this.verdicts = verdicts;
        this.processCpu = processCpu;
    }

    Watchdog(Verdicts verdicts) {
        this(verdicts, Watchdog::cpuOf);
    }

    /** The OS's count of a process's CPU time (on Linux from {@code /proc/PID/stat}). */
    static long cpuOf(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }

    void startTimeouts(List<KitchenChild> children, long now) {
        for (KitchenChild c : children) {
            if (c.state == State.STARTING && c.killedBecause == null && now - c.spawnedAt > START_TIMEOUT_NANOS) {
                verdicts.noHello(c);
            }
        }
    }

    /**
     * A kitchen with work in hand that stops talking is looked at: when it kept using the CPU (at
     * least half a core) through {@link #BUSY_SILENCE_NANOS} of silence it is faulty and killed;
     * when it did not, the machine or its collector held it, and it is left to go on. {@code view}
     * is the time silence is judged at: the receive time of the newest message handled while the
     * supervisor has a backlog, so that its own delay does not look like a child's silence.
     */
    void silentKitchens(List<TaskFloor> floors, long view, long now) {
        for (TaskFloor f : floors) {
            for (KitchenChild c : f.slots) {
                if (c == null || c.state != State.READY || c.killedBecause != null || c.inHand == 0) {
                    continue;
                }
                long heard = Math.max(c.lastBeat, c.pendingSince);
                if (view - heard <= SILENCE_NANOS) {
                    continue;
                }
                if (c.silentSince < heard) {
                    c.silentSince = view;
                    c.cpuWhenSilent = processCpu.applyAsLong(c.pid());
                    continue;
                }
                long silentFor = view - c.silentSince;
                if (silentFor < BUSY_SILENCE_NANOS || c.cpuWhenSilent < 0) {
                    continue;
                }
                long used = processCpu.applyAsLong(c.pid()) - c.cpuWhenSilent;
                if (2 * used >= silentFor) {
                    verdicts.frozen(c, view - heard, "no heartbeat from the kitchen for " + (view - heard) / 1_000_000
                            + " ms while it used " + used / 1_000_000 + " ms of CPU: it is busy and does not answer", now);
                } else {
                    // starved or stopped: look again from here
                    c.silentSince = view;
                    c.cpuWhenSilent = processCpu.applyAsLong(c.pid());
                }
            }
        }
    }

    /**
     * A chef that had the CPU on one step far past what the step computes is stuck. When every chef
     * that could hold a core is stuck, the kitchen is frozen (a house, a loop, a kitchen with one
     * chef, a virtual kitchen whose carriers are all held); otherwise the others go on, and each
     * stuck dish is reported once.
     */
    void stuckChefs(KitchenChild c, List<ChefState> chefs, int pending, long at) {
        TaskFloor f = c.floor;
        int stuck = 0;
        ChefState first = null;
        for (ChefState chef : chefs) {
            // a chef reported stuck before spins on with its dish lost: it still holds a core
            if (chef.order() >= 0 && chef.cpuNanos() > f.stuckCpuNanos(chef.step())) {
                stuck++;
                first = first == null ? chef : first;
            }
        }
        if (first == null) {
            return;
        }
        if (stuck >= f.chefsAtOnce()) {
            verdicts.frozen(c, first.sinceNanos(), StuckWords.frozen(f, first, stuck), at);
            return;
        }
        for (ChefState chef : chefs) {
            if (chef.order() >= 0 && f.isOpen(chef.order()) && chef.cpuNanos() > f.stuckCpuNanos(chef.step())
                    && c.stuckReported.add(chef.order())) {
                verdicts.chefStuck(c, chef, StuckWords.stuck(f, chef), at);
            }
        }
    }
}
