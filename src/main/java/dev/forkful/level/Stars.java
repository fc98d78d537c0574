package dev.forkful.level;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The level's star rules, one to three; stars are cumulative. */
public record Stars(List<Rule> rules) {

    public Stars {
        rules = List.copyOf(rules);
    }

    /**
     * All of the set conditions must hold for the star.
     *
     * @param served  least fraction of orders served
     * @param par     most wall time as a multiple of the ideal time
     * @param crashes most crashes
     * @param freezes most freezes
     * @param races   most lost updates the fridge audit may find (0: the stock must add up exactly)
     * @param pssMb   most memory, the run's peak summed PSS in MB (1024 × 1024 bytes, as {@code peak_pss_mb})
     */
    public record Rule(String name, OptionalDouble served, OptionalDouble par, OptionalInt crashes, OptionalInt freezes,
            OptionalLong races, OptionalDouble pssMb) {

        /** A rule without a memory condition. */
        public Rule(String name, OptionalDouble served, OptionalDouble par, OptionalInt crashes, OptionalInt freezes,
                OptionalLong races) {
            this(name, served, par, crashes, freezes, races, OptionalDouble.empty());
        }
    }
}
