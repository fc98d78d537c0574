package dev.forkful.level;

import java.util.Locale;

/**
 * A fault that strikes a step with probability {@code chance}, decided from the level's seed.
 */
public record Fault(Kind kind, double chance) {

    /** How the step fails. */
    public enum Kind {
        /** The dish is lost; the chef goes on. */
        EXCEPTION,
        /** The worker's OS process ends abnormally. */
        SEGFAULT,
        /** The chef spins forever without yielding. */
        FREEZE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
