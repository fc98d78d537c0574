package dev.forkful.timeline;

import dev.forkful.level.Step;

/** What a chef did during a {@link Span}: the step's own action, or waiting for one of its locks. */
public enum Activity {
    /** Computing: a cpu step (under a GIL, part of it may have gone waiting for it: {@link Span#gilWaitNanos()}). */
    COOKING,
    /** A wait step: sleeping, or for a coroutine suspended, no core used. */
    WAITING,
    /** A blocking call: the thread held, no core used. */
    BLOCKED,
    /** Taking from the fridge. */
    FRIDGE,
    /** Waiting for a lock the step holds (another chef has it). */
    LOCK_WAIT,
    /** A step that never ended: the chef was judged frozen or stuck. */
    FROZEN;

    /** The activity of a step's action once its locks are held. */
    public static Activity of(Step.Action action) {
        return switch (action) {
            case Step.Action.Cpu c -> COOKING;
            case Step.Action.Wait w -> WAITING;
            case Step.Action.Block b -> BLOCKED;
            case Step.Action.Fridge f -> FRIDGE;
        };
    }

    /** Whether the chef's thread runs code meanwhile: a coroutine loop's lane shows only these. */
    public boolean holdsTheThread() {
        return this == COOKING || this == BLOCKED || this == FROZEN;
    }
}
