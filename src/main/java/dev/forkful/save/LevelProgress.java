package dev.forkful.save;

/**
 * The player's best on one level.
 *
 * @param stars           the most stars earned
 * @param bestWallMs      the shortest wall time of a run that served every order, 0 when none did
 * @param bestThroughput  the highest throughput seen, orders per second
 * @param hintsSeen       how many of the level's hints have been revealed
 */
public record LevelProgress(int stars, long bestWallMs, double bestThroughput, int hintsSeen) {
    public static final LevelProgress NONE = new LevelProgress(0, 0, 0, 0);

    /** This record improved by one more run. */
    public LevelProgress withRun(int runStars, long wallMs, boolean servedAll, double throughput) {
        long wall = servedAll && (bestWallMs == 0 || wallMs < bestWallMs) ? wallMs : bestWallMs;
        return new LevelProgress(Math.max(stars, runStars), wall, Math.max(bestThroughput, throughput), hintsSeen);
    }

    public LevelProgress withHintsSeen(int seen) {
        return new LevelProgress(stars, bestWallMs, bestThroughput, Math.max(hintsSeen, seen));
    }
}
