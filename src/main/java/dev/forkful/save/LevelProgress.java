package dev.forkful.save;

/**
 * The player's best on one level. Only sound records exist: the save file's reader rejects the
 * rest as damaged instead of showing "99 of 3 stars".
 *
 * @param stars           the most stars earned, 0 to {@link #MAX_STARS}
 * @param bestWallMs      the shortest wall time of a run that served every order, 0 when none did
 * @param bestThroughput  the highest throughput seen, orders per second, finite and not negative
 * @param hintsSeen       how many of the level's hints have been revealed
 */
public record LevelProgress(int stars, long bestWallMs, double bestThroughput, int hintsSeen) {
    /** A level's star rules are one, two and three. */
    public static final int MAX_STARS = 3;
    public static final LevelProgress NONE = new LevelProgress(0, 0, 0, 0);

    public LevelProgress {
        if (stars < 0 || stars > MAX_STARS) {
            throw new IllegalArgumentException("stars is " + stars + "; a level has 0 to " + MAX_STARS);
        }
        if (bestWallMs < 0 || hintsSeen < 0) {
            throw new IllegalArgumentException("a count is negative (best wall " + bestWallMs + " ms, hints seen " + hintsSeen + ")");
        }
        if (!Double.isFinite(bestThroughput) || bestThroughput < 0) {
            throw new IllegalArgumentException("best throughput is " + bestThroughput + "; it is a finite number, 0 or more");
        }
    }

    /** This record improved by one more run; a throughput that is not a finite number is no figure and is left out. */
    public LevelProgress withRun(int runStars, long wallMs, boolean servedAll, double throughput) {
        long wall = servedAll && wallMs > 0 ? bestWall(bestWallMs, wallMs) : bestWallMs;
        double best = Double.isFinite(throughput) ? Math.max(bestThroughput, throughput) : bestThroughput;
        return new LevelProgress(Math.clamp(Math.max(stars, runStars), 0, MAX_STARS), wall, best, hintsSeen);
    }

    public LevelProgress withHintsSeen(int seen) {
        return new LevelProgress(stars, bestWallMs, bestThroughput, Math.max(hintsSeen, seen));
    }

    /** The best of both: what two games at once earned on this level, neither lost. */
    public LevelProgress merge(LevelProgress other) {
        return new LevelProgress(Math.max(stars, other.stars), bestWall(bestWallMs, other.bestWallMs),
                Math.max(bestThroughput, other.bestThroughput), Math.max(hintsSeen, other.hintsSeen));
    }

    /** The shorter of two wall times, where 0 means "no run served every order". */
    private static long bestWall(long a, long b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }
}
