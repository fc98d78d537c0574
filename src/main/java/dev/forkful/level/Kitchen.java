package dev.forkful.level;

import java.time.Duration;

/**
 * The level's kitchen rules.
 *
 * @param gil       Python rules: thread chefs hold one global lock for cpu work
 * @param timeLimit unfinished orders are lost at the limit
 * @param seed      every chance decision derives from it
 */
public record Kitchen(boolean gil, Duration timeLimit, long seed) {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    public static final long DEFAULT_SEED = 1;
}
