package dev.forkful.worker;

import dev.forkful.protocol.ChefState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * What one chef is doing now, written by the chef and read by the heartbeat monitor, which also
 * keeps here how much CPU the chef has had on its current step.
 */
final class ChefSlot {
    /** A heartbeat names at most this many chefs: those longest on their step, idle ones last. */
    static final int HEARTBEAT_CHEFS = 64;

    private record Doing(long order, int step, long sinceNanoTime) {
    }

    /** One slot as the monitor read it once: a sort must not see values that change under it. */
    private record Seen(ChefSlot slot, Doing doing, long busyNanos) {
    }

    /** A class, not {@code comparingLong(...).reversed()}: linking that chain's lambdas took 4 to 6 ms of a kitchen's start. */
    private static final Comparator<Seen> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Seen a, Seen b) {
            return Long.compare(b.busyNanos, a.busyNanos);
        }
    };

    private final int chef;
    private volatile Doing doing;
    private volatile Thread thread;
    // the monitor's own, touched by its thread alone: the step it measures and the CPU when it began
    private Doing measured;
    private long cpuAtFirstSight;

    ChefSlot(int chef) {
        this.chef = chef;
    }

    int chef() {
        return chef;
    }

    /** The thread that cooks in this slot, whose CPU time the monitor reads. */
    void cookedBy(Thread cook) {
        thread = cook;
    }

    Thread thread() {
        return thread;
    }

    void on(long order, int step) {
        doing = new Doing(order, step, System.nanoTime());
    }

    void idle() {
        doing = null;
    }

    /**
     * The chefs a heartbeat names, longest on their step first: a stuck chef comes first, and
     * 10,000 chefs do not flood the pipe. Each slot is read once, so chefs that move on meanwhile
     * cannot break the ordering, and only the longest {@value #HEARTBEAT_CHEFS} are kept while reading.
     */
    static List<ChefState> longestBusy(Collection<ChefSlot> slots, long now, ChefCpu cpu) {
        PriorityQueue<Seen> longest = new PriorityQueue<>(HEARTBEAT_CHEFS + 1, LONGEST_FIRST.reversed());
        for (ChefSlot slot : slots) {
            Doing d = slot.doing;
            long busy = d == null ? -1 : now - d.sinceNanoTime;
            if (longest.size() < HEARTBEAT_CHEFS) {
                longest.add(new Seen(slot, d, busy));
            } else if (busy > longest.peek().busyNanos) {
                longest.poll();
                longest.add(new Seen(slot, d, busy));
            }
        }
        List<Seen> named = new ArrayList<>(longest);
        named.sort(LONGEST_FIRST);
        cpu.tick(now);
        return named.stream().map(s -> s.slot.state(s.doing, now, cpu)).toList();
    }

    private ChefState state(Doing d, long now, ChefCpu cpu) {
        if (d == null) {
            measured = null;
            return ChefState.idle(chef);
        }
        long since = now - d.sinceNanoTime;
        return new ChefState(chef, d.order, d.step, since, cpuOnStep(d, since, now, cpu));
    }

    /**
     * CPU time on the step in hand, counted from the first heartbeat that measured it (so at most a
     * little less than the truth); -1 while the step is too young to matter or when it cannot be told.
     */
    private long cpuOnStep(Doing d, long since, long now, ChefCpu cpu) {
        if (since < ChefCpu.MEASURE_AFTER_NANOS) {
            return -1;
        }
        long total = cpu.total(this, now);
        if (total < 0) {
            return -1;
        }
        if (measured != d) {
            measured = d;
            cpuAtFirstSight = total;
        }
        return total - cpuAtFirstSight;
    }
}
