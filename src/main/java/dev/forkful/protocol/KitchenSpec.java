package dev.forkful.protocol;

import dev.forkful.level.Model;
import dev.forkful.level.Step;
import java.util.List;
import java.util.Map;

/**
 * Everything a child needs to build its kitchen, sent by the supervisor in the setup message.
 *
 * @param chefs     threads for {@code thread}, 1 for {@code process} (one child per chef); ignored
 *                  by {@code coroutine} (one loop) and {@code virtual} (one virtual thread per order)
 * @param gil       thread and virtual chefs hold one global lock for cpu work
 * @param lock      chefs sharing a heap take the fridge lock around read-pause-write
 * @param workPerMs calibrated units of computation that take 1 ms of one core on this machine
 * @param pantry    the fridge lives in the supervisor and is reached over IPC (process chefs)
 * @param fridge    starting stock of this kitchen's own fridge (ignored when {@code pantry})
 */
public record KitchenSpec(
        String task,
        Model model,
        int chefs,
        boolean gil,
        boolean lock,
        List<Step> steps,
        long workPerMs,
        boolean pantry,
        Map<String, Long> fridge) {

    public KitchenSpec {
        steps = List.copyOf(steps);
        fridge = Map.copyOf(fridge);
    }

    /** Whether this kitchen's chefs take turns on one GIL for their cpu work: thread and virtual chefs under {@code gil}. */
    public boolean sharesGil() {
        return gil && (model == Model.THREAD || model == Model.VIRTUAL);
    }
}
