package dev.forkful.score;

/**
 * What a headless report says of where and how it ran, beside the score: the seed of every chance
 * decision, forkful's version and the Java runtime (the kitchens run on the same one).
 */
public record RunFacts(long seed, String version, String java) {

    /** The facts of this process's runtime. */
    public static RunFacts here(long seed, String version) {
        return new RunFacts(seed, version, Runtime.version().toString());
    }
}
