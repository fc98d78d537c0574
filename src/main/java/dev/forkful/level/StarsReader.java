package dev.forkful.level;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads {@code [stars]}: the conditions of stars one, two and three, each a condition that can fail
 * and each star at least as hard as the one before it.
 */
final class StarsReader {
    private static final Set<String> STAR_NAMES = LevelText.keys("one", "two", "three");
    private static final Set<String> STAR_KEYS = LevelText.keys("served", "par", "crashes", "freezes", "races", "pss");
    private static final double MAX_PAR = 100;

    private final Map<String, Long> fridge;

    /** @param fridge the level's stock: without one, a condition on races could never fail */
    StarsReader(Map<String, Long> fridge) {
        this.fridge = fridge;
    }

    Stars stars(TomlTable stars) {
        stars.rejectUnknownKeys(STAR_NAMES);
        List<Stars.Rule> rules = new ArrayList<>();
        List<TomlTable> tables = new ArrayList<>();
        for (String name : STAR_NAMES) {
            stars.table(name, "star \"" + name + "\"", name + " = { served = 0.9 }").ifPresent(t -> {
                t.rejectUnknownKeys(STAR_KEYS);
                if (t.keys().isEmpty()) {
                    stars.problem(name, "star \"" + name + "\" has no condition: give it served, par, crashes, freezes, races or pss");
                }
                OptionalDouble served = t.number("served", 0, 1, "0.9");
                OptionalDouble par = t.number("par", 1, MAX_PAR, "1.5");
                OptionalInt crashes = toInt(t.integer("crashes", 0, LevelLimits.MAX_ORDERS, "0"));
                OptionalInt freezes = toInt(t.integer("freezes", 0, LevelLimits.MAX_ORDERS, "0"));
                OptionalLong races = t.integer("races", 0, LevelLimits.MAX_FRIDGE_STOCK, "0");
                if (races.isPresent() && fridge.isEmpty()) {
                    t.problem("races", "races = " + races.getAsLong() + " but the level has no [fridge]: lost updates "
                            + "happen only at a shared fridge, so this condition could never fail");
                }
                OptionalDouble pss = Sizes.megabytes(t, "pss");
                Stars.Rule rule = new Stars.Rule(name, served, par, crashes, freezes, races, pss);
                for (int i = 0; i < rules.size(); i++) {
                    checkNotEasier(t, rule, tables.get(i), rules.get(i));
                }
                rules.add(rule);
                tables.add(t);
            });
        }
        return new Stars(rules);
    }

    /** Stars are cumulative: a later star that is easier in a condition both set would be a star for nothing. */
    private static void checkNotEasier(TomlTable later, Stars.Rule rule, TomlTable earlier, Stars.Rule before) {
        for (StarCondition c : StarCondition.values()) {
            OptionalDouble now = c.of(rule);
            OptionalDouble then = c.of(before);
            if (now.isPresent() && then.isPresent() && c.easier(now.getAsDouble(), then.getAsDouble())) {
                later.problem(c.key(), Plain.format("star \"%s\" is easier than star \"%s\" (line %d): %s = %s %s its %s; "
                        + "a later star must be at least as hard in every condition both set", rule.name(), before.name(),
                        earlier.lineOf(c.key()), c.key(), later.raw(c.key()), c.moreIsHarder ? "is below" : "is above",
                        earlier.raw(c.key())));
            }
        }
    }

    /** A star condition, and which way makes it harder: more served, but a lower par and fewer crashes. */
    private enum StarCondition {
        SERVED(true), PAR(false), CRASHES(false), FREEZES(false), RACES(false), PSS(false);

        private final boolean moreIsHarder;

        StarCondition(boolean moreIsHarder) {
            this.moreIsHarder = moreIsHarder;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean easier(double later, double earlier) {
            return moreIsHarder ? later < earlier : later > earlier;
        }

        OptionalDouble of(Stars.Rule r) {
            return switch (this) {
                case SERVED -> r.served();
                case PAR -> r.par();
                case CRASHES -> asDouble(r.crashes().isPresent(), r.crashes().orElse(0));
                case FREEZES -> asDouble(r.freezes().isPresent(), r.freezes().orElse(0));
                case RACES -> asDouble(r.races().isPresent(), r.races().orElse(0));
                case PSS -> r.pssMb();
            };
        }

        private static OptionalDouble asDouble(boolean present, long value) {
            return present ? OptionalDouble.of(value) : OptionalDouble.empty();
        }
    }

    private static OptionalInt toInt(OptionalLong n) {
        return n.isPresent() ? OptionalInt.of((int) n.getAsLong()) : OptionalInt.empty();
    }
}
