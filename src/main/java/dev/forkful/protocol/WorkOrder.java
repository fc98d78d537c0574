package dev.forkful.protocol;

import dev.forkful.level.Fault;

/**
 * One order handed to a kitchen. Which fault strikes it was decided by the supervisor from the
 * level's seed, so the same plan meets the same faults under every model.
 *
 * @param faultStep the step at which {@code fault} strikes, or -1 when none does
 * @param fault     null when {@code faultStep} is -1
 */
public record WorkOrder(long id, int faultStep, Fault.Kind fault) {
    public static WorkOrder clean(long id) {
        return new WorkOrder(id, -1, null);
    }

    public boolean faultsAt(int step) {
        return step == faultStep;
    }
}
