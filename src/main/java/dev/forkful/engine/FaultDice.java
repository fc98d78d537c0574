package dev.forkful.engine;

import dev.forkful.level.Fault;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import dev.forkful.protocol.WorkOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides which fault strikes each order, from the seed alone: for every step with a fault, in
 * step order, its chance is rolled; the first strike is the order's fault. The dice depend on the
 * seed, the task and the order number only, so every model meets the same faults (and {@code forkful code}
 * writes the same ones into its program).
 */
public final class FaultDice {
    private final long taskSeed;
    private final List<Step> steps;

    public FaultDice(long seed, Task task) {
        this.taskSeed = new SplittableRandom(seed).split().nextLong() ^ task.id().hashCode() * 0x9E3779B97F4A7C15L;
        this.steps = task.steps();
    }

    /** The orders from {@code first} to {@code first + count - 1} that a fault strikes. */
    List<WorkOrder> faulty(long first, int count) {
        if (steps.stream().noneMatch(s -> s.fault().isPresent())) {
            return List.of();
        }
        List<WorkOrder> struck = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            WorkOrder o = order(id);
            if (o.fault() != null) {
                struck.add(o);
            }
        }
        return struck;
    }

    /** Order {@code id} (from 0) with the fault that strikes it, if any. */
    public WorkOrder order(long id) {
        SplittableRandom dice = new SplittableRandom(taskSeed + id * 0xBF58476D1CE4E5B9L);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).fault().isPresent()) {
                Fault f = steps.get(i).fault().get();
                if (dice.nextDouble() < f.chance()) {
                    return new WorkOrder(id, i, f.kind());
                }
            }
        }
        return WorkOrder.clean(id);
    }
}
