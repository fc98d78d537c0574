package dev.forkful.level;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One step of a recipe: exactly one action, maybe a fault that rides on it, and maybe named locks
 * the chef holds while the action runs.
 *
 * @param name  what the step is called in the kitchen ("chop", "simmer")
 * @param fault empty when the step never fails
 * @param hold  the kitchen's locks taken in this order before the action and released after it;
 *              empty for a step that takes none
 */
public record Step(String name, Action action, Optional<Fault> fault, List<String> hold) {

    public Step {
        hold = List.copyOf(hold);
    }

    /** A step that holds no lock. */
    public Step(String name, Action action, Optional<Fault> fault) {
        this(name, action, fault, List.of());
    }

    /** What a step does. */
    public sealed interface Action {
        /** Calibrated computation that occupies one core for about this long. */
        record Cpu(Duration time) implements Action {}

        /** Waiting that a model can overlap: sleep for a thread, await for a coroutine. */
        record Wait(Duration time) implements Action {}

        /** A blocking call: it holds whatever runs it, even an event loop. */
        record Block(Duration time) implements Action {}

        /**
         * Takes {@code take} units of a shared ingredient: a read, a pause, a write.
         *
         * @param awaits the pause is an await ({@code pause = "wait"}): a coroutine gives the loop
         *               back between its read and its write, so other coroutines run in between
         */
        record Fridge(String ingredient, long take, boolean awaits) implements Action {
            /** A take whose pause does not yield the event loop. */
            public Fridge(String ingredient, long take) {
                this(ingredient, take, false);
            }
        }
    }
}
