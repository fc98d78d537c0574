package dev.forkful.worker;

import dev.forkful.protocol.ChefState;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** What one chef is doing now, written by the chef and read by the heartbeat monitor. */
final class ChefSlot {
    /** A heartbeat names at most this many chefs: those longest on their step, idle ones last. */
    static final int HEARTBEAT_CHEFS = 64;

    private record Doing(long order, int step, long sinceNanoTime) {
    }

    private final int chef;
    private volatile Doing doing;

    ChefSlot(int chef) {
        this.chef = chef;
    }

    int chef() {
        return chef;
    }

    void on(long order, int step) {
        doing = new Doing(order, step, System.nanoTime());
    }

    void idle() {
        doing = null;
    }

    /** How long the current step has lasted; -1 when idle. */
    long busyNanos(long now) {
        Doing d = doing;
        return d == null ? -1 : now - d.sinceNanoTime;
    }

    /** The chefs a heartbeat names: a stuck chef comes first, and 10,000 chefs do not flood the pipe. */
    static List<ChefState> longestBusy(Collection<ChefSlot> slots, long now) {
        return slots.stream()
                .sorted(Comparator.comparingLong((ChefSlot slot) -> slot.busyNanos(now)).reversed())
                .limit(HEARTBEAT_CHEFS)
                .map(slot -> slot.state(now))
                .toList();
    }

    ChefState state(long now) {
        Doing d = doing;
        return d == null ? ChefState.idle(chef) : new ChefState(chef, d.order, d.step, now - d.sinceNanoTime);
    }
}
