package dev.forkful.score;

import dev.forkful.level.Plain;
import dev.forkful.level.Stars;
import java.util.ArrayList;
import java.util.List;

/** Checks a run's figures (or the medians of several runs) against the level's star rules; stars are cumulative. */
final class StarRating {
    private StarRating() {
    }

    /** What a star rule reads: one run's figures, or the medians of several. */
    record Judged(double servedFraction, double wallMs, double idealMs, double crashes, double freezes, double races,
            double pssMb) {
        static Judged of(Score.Figures f) {
            return new Judged(f.servedFraction(), f.wallMs(), f.idealMs(), f.crashes().size(), f.freezes().size(), f.races(),
                    f.peakPssMb());
        }
    }

    static List<Score.StarCheck> check(Stars stars, Score.Figures f) {
        return check(stars, Judged.of(f));
    }

    static List<Score.StarCheck> check(Stars stars, Judged f) {
        List<Score.StarCheck> checks = new ArrayList<>();
        for (Stars.Rule rule : stars.rules()) {
            List<Score.Condition> conditions = new ArrayList<>();
            rule.served().ifPresent(least -> {
                boolean held = f.servedFraction() >= least;
                conditions.add(new Score.Condition("served", least, f.servedFraction(), held, Plain.format(
                        "served %s %s %s", percent(f.servedFraction()), held ? ">=" : "<", percent(least))));
            });
            rule.par().ifPresent(par -> {
                boolean held = f.wallMs() <= par * f.idealMs();
                double multiple = f.idealMs() == 0 ? 0 : f.wallMs() / f.idealMs();
                conditions.add(new Score.Condition("par", par, multiple, held, Plain.format(
                        "wall %d ms %s par %.2f x ideal %d ms = %d ms", Math.round(f.wallMs()), held ? "<=" : ">", par,
                        Math.round(f.idealMs()), Math.round(par * f.idealMs()))));
            });
            rule.crashes().ifPresent(most -> conditions.add(count("crashes", "crashes", f.crashes(), most)));
            rule.freezes().ifPresent(most -> conditions.add(count("freezes", "freezes", f.freezes(), most)));
            rule.races().ifPresent(most -> conditions.add(count("races", "lost updates", f.races(), most)));
            rule.pssMb().ifPresent(most -> conditions.add(memory(f.pssMb(), most)));
            checks.add(new Score.StarCheck(rule, conditions));
        }
        return checks;
    }

    private static Score.Condition count(String name, String words, double value, double most) {
        boolean held = value <= most;
        String shown = value == Math.rint(value) ? Long.toString(Math.round(value)) : Show.decimal(value);
        return new Score.Condition(name, most, value, held, words + " " + shown + (held ? " <= " : " > ") + Math.round(most));
    }

    /** Peak PSS against its limit; where this system does not measure PSS (a negative figure) the star is not held. */
    private static Score.Condition memory(double pssMb, double most) {
        if (pssMb < 0) {
            return new Score.Condition("pss", most, pssMb, false, Plain.format(
                    "memory not measured here, so the %.0f MB PSS limit cannot be shown to hold", most));
        }
        boolean held = pssMb <= most;
        return new Score.Condition("pss", most, pssMb, held, Plain.format("peak PSS %.1f MB %s %.0f MB",
                pssMb, held ? "<=" : ">", most));
    }

    /** The stars earned: the rules that hold, counted from the first until one fails. */
    static int earned(List<Score.StarCheck> checks) {
        int n = 0;
        while (n < checks.size() && checks.get(n).held()) {
            n++;
        }
        return n;
    }

    static String percent(double fraction) {
        return Plain.format("%.1f%%", fraction * 100);
    }
}
