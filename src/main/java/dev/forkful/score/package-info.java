/**
 * Turns the engine's events into a {@link dev.forkful.score.Score}: {@link dev.forkful.score.Scorer}
 * counts served and lost orders, latency percentiles, crashes, freezes and stalls, lost updates,
 * peak memory and units of the live children, and CPU time; {@link dev.forkful.score.IdealTime} is
 * the level's ideal wall time on this machine (the base of a star's par); {@link dev.forkful.score.ScoreJson}
 * writes the {@code run --json} contract, {@link dev.forkful.score.ScoreText} the readable summary, and
 * {@link dev.forkful.score.Explain} says what happened and why, row by row of the truth table.
 */
package dev.forkful.score;
