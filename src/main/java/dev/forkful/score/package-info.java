/**
 * Turns the engine's events into a {@link dev.forkful.score.Score}: {@link dev.forkful.score.Scorer}
 * counts served and lost orders, latency percentiles, crashes, freezes and stalls, lost updates,
 * peak memory and units of the live children, CPU time and time in blocking calls, and judges them
 * against the star rules with the level's ideal wall time on this machine
 * ({@link dev.forkful.level.IdealTime}, the base of a star's par); {@link dev.forkful.score.ScoreJson}
 * writes the {@code run --json} contract (with {@link dev.forkful.score.RunFacts}: seed, versions),
 * {@link dev.forkful.score.ScoreText} the readable summary, and {@link dev.forkful.score.Explain} says
 * what happened and why, each sentence with its truth-table {@link dev.forkful.score.Row}: the task's
 * story ({@code TaskStory}) and its cpu and block rows ({@code LoadStory}), whose "cores used" and
 * "cores of work" come from one place ({@code Cores}). {@link dev.forkful.score.Repeats} holds the
 * runs of {@code run --repeat N} (medians, spreads, stars from the medians, outcome counts), written
 * by {@link dev.forkful.score.RepeatText} and {@link dev.forkful.score.RepeatJson}.
 */
package dev.forkful.score;
