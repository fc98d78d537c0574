/** Turns the engine's events into a {@link dev.forkful.score.Score}: served, lost, latency, crashes, freezes, races, memory, stars against par. */
package dev.forkful.score;
