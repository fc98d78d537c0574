package dev.forkful.engine;

/** A level being cooked. Closing it kills every kitchen it started. */
public interface RunningLevel extends AutoCloseable {

    /**
     * Blocks until the level ends (all orders served or lost, or the time limit) and the listener
     * has had every event, {@link EngineEvent.Finished} last; throws if the engine itself failed.
     */
    void awaitEnd() throws InterruptedException;

    /** Stops the level now: kitchens are killed, unfinished orders are lost. */
    void cancel();

    @Override
    void close();
}
