/**
 * Turns the engine's events into a {@link dev.forkful.score.Score}: {@link dev.forkful.score.Scorer}
 * counts served and lost orders, latency percentiles, crashes, freezes and stalls, lost updates,
 * peak memory and units of the live children, and CPU time, and judges them against the star rules
 * with the level's ideal wall time on this machine ({@link dev.forkful.level.IdealTime}, the base of a
 * star's par); {@link dev.forkful.score.ScoreJson}
 * writes the {@code run --json} contract, {@link dev.forkful.score.ScoreText} the readable summary, and
 * {@link dev.forkful.score.Explain} says what happened and why, row by row of the truth table.
 */
package dev.forkful.score;
