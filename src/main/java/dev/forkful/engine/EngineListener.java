package dev.forkful.engine;

/**
 * Receives the engine's events, in order, on the supervisor's thread: keep it quick (a UI hands
 * them to its own loop).
 */
@FunctionalInterface
public interface EngineListener {
    void on(EngineEvent event);
}
