package dev.forkful.engine;

import dev.forkful.level.Model;

/**
 * What a plan gives one task.
 *
 * @param workers houses for {@code process}, chefs for {@code thread}; always 1 for {@code coroutine}
 *                and {@code virtual} (one kitchen that makes a coroutine or virtual thread per order)
 * @param lock    chefs sharing a heap take the fridge lock; {@code nolock} in a plan clears it
 */
public record Assignment(Model model, int workers, boolean lock) {

    /** The part after {@code TASK=} on a command line, e.g. {@code thread:8:nolock} or {@code coroutine}. */
    public String spec() {
        return model.id() + (model.takesWorkerCount() ? ":" + workers : "") + (lock ? "" : ":nolock");
    }
}
