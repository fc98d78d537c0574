package dev.forkful.save;

import java.util.Objects;

/**
 * The player's best on one level. Only sound records exist: the save file's reader rejects the
 * rest as damaged instead of showing "99 of 3 stars".
 *
 * @param stars           the most stars earned, 0 to {@link #MAX_STARS}
 * @param bestWallMs      the shortest wall time of a run that served every order, 0 when none did
 * @param bestThroughput  the highest throughput seen, orders per second, finite and not negative
 * @param hintsSeen       how many of the level's hints have been revealed
 * @param bestPlan        the plan of the run that earned the most stars (the shorter wall among equals): what a student hands in
 */
public record LevelProgress(int stars, long bestWallMs, double bestThroughput, int hintsSeen, BestPlan bestPlan) {
    /** A level's star rules are one, two and three. */
    public static final int MAX_STARS = 3;
    public static final LevelProgress NONE = new LevelProgress(0, 0, 0, 0);

    /**
     * One run's plan, as {@code run --plan} takes it, with the stars and wall time it earned.
     *
     * @param plan empty when no run was recorded with its plan (progress saved before plans were kept)
     */
    public record BestPlan(String plan, int stars, long wallMs) {
        public static final BestPlan NONE = new BestPlan("", 0, 0);

        public BestPlan {
            if (stars < 0 || stars > MAX_STARS || wallMs < 0) {
                throw new IllegalArgumentException("the best plan's stars (" + stars + ") or wall (" + wallMs + " ms) is out of range");
            }
        }

        /** The better of two: more stars, then the shorter wall; a recorded plan beats none. */
        BestPlan best(BestPlan other) {
            if (plan.isEmpty() || other.plan.isEmpty()) {
                return plan.isEmpty() ? other : this;
            }
            if (stars != other.stars) {
                return stars > other.stars ? this : other;
            }
            return other.wallMs < wallMs ? other : this;
        }
    }

    /** A record without a plan, as progress saved before plans were kept reads. */
    public LevelProgress(int stars, long bestWallMs, double bestThroughput, int hintsSeen) {
        this(stars, bestWallMs, bestThroughput, hintsSeen, BestPlan.NONE);
    }

    public LevelProgress {
        Objects.requireNonNull(bestPlan, "bestPlan");
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

    /**
     * This record improved by one more run, played with {@code plan}; a throughput that is not a
     * finite number is no figure and is left out.
     */
    public LevelProgress withRun(int runStars, long wallMs, boolean servedAll, double throughput, String plan) {
        long wall = servedAll && wallMs > 0 ? bestWall(bestWallMs, wallMs) : bestWallMs;
        double best = Double.isFinite(throughput) ? Math.max(bestThroughput, throughput) : bestThroughput;
        int runStarsKept = Math.clamp(runStars, 0, MAX_STARS);
        return new LevelProgress(Math.max(stars, runStarsKept), wall, best, hintsSeen,
                bestPlan.best(new BestPlan(plan, runStarsKept, Math.max(0, wallMs))));
    }

    public LevelProgress withHintsSeen(int seen) {
        return new LevelProgress(stars, bestWallMs, bestThroughput, Math.max(hintsSeen, seen), bestPlan);
    }

    /** The best of both: what two games at once earned on this level, neither lost. */
    public LevelProgress merge(LevelProgress other) {
        return new LevelProgress(Math.max(stars, other.stars), bestWall(bestWallMs, other.bestWallMs),
                Math.max(bestThroughput, other.bestThroughput), Math.max(hintsSeen, other.hintsSeen), bestPlan.best(other.bestPlan));
    }

    /** The shorter of two wall times, where 0 means "no run served every order". */
    private static long bestWall(long a, long b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }
}
