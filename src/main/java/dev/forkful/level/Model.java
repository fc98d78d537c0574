package dev.forkful.level;

import java.util.Locale;
import java.util.Optional;

/** A concurrency model a player can give a task. */
public enum Model {
    /** One chef per child OS process; the fridge is reached over IPC. */
    PROCESS,
    /** N platform threads in one child process, sharing its heap. */
    THREAD,
    /** One event-loop thread in one child process; each order is a small state machine. */
    COROUTINE,
    /** Java virtual threads on the default carrier pool, in one child process. */
    VIRTUAL;

    /** The name used in level files and plans: {@code process}, {@code thread}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a plan gives this model a number of workers ({@code bread=process:4}); a coroutine or
     * virtual kitchen makes one unit per order instead, so {@code max_workers} does not apply to it.
     */
    public boolean takesWorkerCount() {
        return this == PROCESS || this == THREAD;
    }

    public static Optional<Model> byId(String id) {
        for (Model m : values()) {
            if (m.id().equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
