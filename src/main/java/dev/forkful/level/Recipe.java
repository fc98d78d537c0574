package dev.forkful.level;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One order's recipe summed by kind of step, in nanoseconds: what the ideal time and the
 * explanations reason about.
 *
 * @param takeNanos  its fridge steps' own time in a kitchen's fridge, {@link #TAKE_NANOS} each
 * @param fridge     the ingredients its fridge steps take
 * @param faults     the kinds of fault that may strike it
 * @param blockSteps the names of its blocking steps
 */
public record Recipe(long cpuNanos, long waitNanos, long blockNanos, long takeNanos, Set<String> fridge,
        Set<Fault.Kind> faults, Set<String> blockSteps) {
    /**
     * A take from a kitchen's fridge reads the stock, pauses this long, then writes it back (the
     * worker's {@code LocalFridge}); the fridge's lock is held throughout, so takes queue.
     */
    public static final long TAKE_NANOS = 100_000;

    public static Recipe of(Task task) {
        long cpu = 0;
        long wait = 0;
        long block = 0;
        long take = 0;
        Set<String> fridge = new LinkedHashSet<>();
        Set<Fault.Kind> faults = new LinkedHashSet<>();
        Set<String> blockSteps = new LinkedHashSet<>();
        for (Step step : task.steps()) {
            // instanceof, not a pattern switch: every level's ideal time comes through here while the campaign
            // is read before the first frame, and a switch's first run builds a class on each thread (the AOT
            // cache keeps none), 5 to 10 ms
            Step.Action action = step.action();
            if (action instanceof Step.Action.Cpu c) {
                cpu += c.time().toNanos();
            } else if (action instanceof Step.Action.Wait w) {
                wait += w.time().toNanos();
            } else if (action instanceof Step.Action.Block b) {
                block += b.time().toNanos();
                blockSteps.add(step.name());
            } else { // the last of the sealed four: a fifth would fail this cast in every level's test
                take += TAKE_NANOS;
                fridge.add(((Step.Action.Fridge) action).ingredient());
            }
            step.fault().ifPresent(f -> faults.add(f.kind()));
        }
        return new Recipe(cpu, wait, block, take, Set.copyOf(fridge), Set.copyOf(faults), Set.copyOf(blockSteps));
    }

    /** How many fridge steps one order has. */
    public long takes() {
        return takeNanos / TAKE_NANOS;
    }

    /** All of one order's cpu, wait and block times end to end (its fridge takes are {@link #takeNanos}). */
    public long pathNanos() {
        return cpuNanos + waitNanos + blockNanos;
    }
}
