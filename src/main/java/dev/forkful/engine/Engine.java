package dev.forkful.engine;

import dev.forkful.level.Level;

/** Starts a level's kitchens: the one way into the engine for {@code run}, the full screen and the shell. */
public final class Engine {
    private Engine() {
    }

    /**
     * Starts every task's kitchens as child processes and returns at once; events go to
     * {@code listener} on the supervisor's thread until {@link EngineEvent.Finished}.
     */
    public static RunningLevel start(Level level, Plan plan, long seed, EngineListener listener) {
        throw new UnsupportedOperationException("the kitchens are not built yet");
    }
}
