package dev.forkful.score;

import dev.forkful.level.Plain;
import dev.forkful.level.Recipe;

/**
 * The one source of a task's two core figures: {@code used}, the kitchens' measured CPU time over the
 * wall time, and {@code work}, the recipe's cpu work of the served dishes over the same wall time.
 * They differ by what the kitchens did besides the recipe: their JVMs' own JIT compiler, garbage
 * collector and warm-up. {@code used} is NaN when no kitchen sent a CPU sample.
 */
record Cores(double used, double work, int machine) {
    /** Below this gap the two are the same figure as far as a sentence is concerned. */
    static final double SAME = 0.2;

    static Cores of(Score.Figures f, Recipe recipe, int machine) {
        double work = f.wallMs() == 0 ? 0 : f.served() * (recipe.cpuNanos() / 1e6) / f.wallMs();
        return new Cores(f.cpuMs() > 0 ? f.coresUsed() : Double.NaN, work, machine);
    }

    boolean differ() {
        return !Double.isNaN(used) && Math.abs(used - work) >= SAME;
    }

    /** {@code 1.07 cores of work of this machine's 2}. */
    String workOfMachine() {
        return Plain.format("%s %s of work of this machine's %d", Show.decimal(work), work == 1 ? "core" : "cores",
                machine);
    }

    /**
     * When the measured CPU differs from the recipe's work, the cores used and what the difference
     * is, after a semicolon; otherwise nothing. {@code whose} names the runtime: {@code the kitchen's JVM}.
     */
    String difference(String whose) {
        if (!differ()) {
            return "";
        }
        return Plain.format("; by their measured CPU the kitchens used %s cores%s", Show.decimal(used),
                gap(whose).replaceFirst("^;", ","));
    }

    /** What the difference between the cores used and the cores of work is, after a semicolon, for a sentence that cited both. */
    String gap(String whose) {
        if (!differ()) {
            return "";
        }
        if (used > work) {
            return Plain.format("; the other %s cores went to the runtime of %s (its JIT compiler, garbage "
                    + "collector and warm-up), not to the recipe", Show.decimal(used - work), whose);
        }
        return "; the measured CPU is below the recipe's work: this machine did the calibrated work in less CPU than "
                + "its calibration took";
    }
}
