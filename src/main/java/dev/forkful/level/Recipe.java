package dev.forkful.level;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One order's recipe summed by kind of step, in nanoseconds: what the ideal time and the
 * explanations reason about.
 *
 * @param fridge     the ingredients its fridge steps take
 * @param faults     the kinds of fault that may strike it
 * @param blockSteps the names of its blocking steps
 */
public record Recipe(long cpuNanos, long waitNanos, long blockNanos, Set<String> fridge, Set<Fault.Kind> faults,
        Set<String> blockSteps) {

    public static Recipe of(Task task) {
        long cpu = 0;
        long wait = 0;
        long block = 0;
        Set<String> fridge = new LinkedHashSet<>();
        Set<Fault.Kind> faults = new LinkedHashSet<>();
        Set<String> blockSteps = new LinkedHashSet<>();
        for (Step step : task.steps()) {
            switch (step.action()) {
                case Step.Action.Cpu c -> cpu += c.time().toNanos();
                case Step.Action.Wait w -> wait += w.time().toNanos();
                case Step.Action.Block b -> {
                    block += b.time().toNanos();
                    blockSteps.add(step.name());
                }
                case Step.Action.Fridge f -> fridge.add(f.ingredient());
            }
            step.fault().ifPresent(f -> faults.add(f.kind()));
        }
        return new Recipe(cpu, wait, block, Set.copyOf(fridge), Set.copyOf(faults), Set.copyOf(blockSteps));
    }

    /** All of one order's step times end to end (a fridge take counts as no time). */
    public long pathNanos() {
        return cpuNanos + waitNanos + blockNanos;
    }
}
