package dev.forkful.score;

import dev.forkful.level.Stars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a run's figures against the level's star rules; stars are cumulative. */
final class StarRating {
    private StarRating() {
    }

    static List<Score.StarCheck> check(Stars stars, Score.Figures f) {
        List<Score.StarCheck> checks = new ArrayList<>();
        for (Stars.Rule rule : stars.rules()) {
            List<String> unmet = new ArrayList<>();
            rule.served().ifPresent(least -> {
                if (f.servedFraction() < least) {
                    unmet.add(String.format(Locale.ROOT, "served %s < %s", percent(f.servedFraction()), percent(least)));
                }
            });
            rule.par().ifPresent(par -> {
                if (f.wallMs() > par * f.idealMs()) {
                    unmet.add(String.format(Locale.ROOT, "wall %d ms > par %.2f x ideal %d ms = %d ms",
                            f.wallMs(), par, f.idealMs(), Math.round(par * f.idealMs())));
                }
            });
            rule.crashes().ifPresent(most -> {
                if (f.crashes().size() > most) {
                    unmet.add("crashes " + f.crashes().size() + " > " + most);
                }
            });
            rule.freezes().ifPresent(most -> {
                if (f.freezes().size() > most) {
                    unmet.add("freezes " + f.freezes().size() + " > " + most);
                }
            });
            rule.races().ifPresent(most -> {
                if (f.races() > most) {
                    unmet.add("lost updates " + f.races() + " > " + most);
                }
            });
            checks.add(new Score.StarCheck(rule, unmet.isEmpty(), unmet));
        }
        return checks;
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
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
