package dev.forkful.level;

import java.time.Duration;
import java.util.Optional;

/**
 * One step of a recipe: exactly one action, and maybe a fault that rides on it.
 *
 * @param name  what the step is called in the kitchen ("chop", "simmer")
 * @param fault empty when the step never fails
 */
public record Step(String name, Action action, Optional<Fault> fault) {

    /** What a step does. */
    public sealed interface Action {
        /** Calibrated computation that occupies one core for about this long. */
        record Cpu(Duration time) implements Action {}

        /** Waiting that a model can overlap: sleep for a thread, await for a coroutine. */
        record Wait(Duration time) implements Action {}

        /** A blocking call: it holds whatever runs it, even an event loop. */
        record Block(Duration time) implements Action {}

        /** Takes {@code take} units of a shared ingredient: a read, a pause, a write. */
        record Fridge(String ingredient, long take) implements Action {}
    }
}
