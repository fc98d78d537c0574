package dev.forkful.engine;

import dev.forkful.score.Score;

/** A level being cooked. Closing it kills every kitchen it started. */
public interface RunningLevel extends AutoCloseable {

    /** Blocks until the level ends (all orders served or lost, or the time limit) and scores it. */
    Score awaitScore() throws InterruptedException;

    /** Stops the level now: kitchens are killed, unfinished orders are lost. */
    void cancel();

    @Override
    void close();
}
