package dev.forkful.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The kitchens' own JDK AOT cache (JEP 483/514): the classes a kitchen child loads, loaded and
 * linked ahead of time, next to the jar as {@value #FILE}. Measured on 2 busy cores (load 5-8,
 * medians of 7 starts), a child says hello in 60-115 ms with it, 140-260 ms with none, and
 * 130-250 ms with the game's cache (which loads the whole game's 2,100 classes into every child).
 *
 * <p>Built at package time ({@code scripts/kitchen-cache}): {@link #main} starts the worker's
 * training child exactly as the game starts a kitchen (same flags, same class path) plus
 * {@code -XX:AOTCacheOutput}; it cooks a few orders in each kind of kitchen, with every kind of
 * step, and the JVM writes the cache when it exits. A cache that no longer matches the jar or the JDK is
 * ignored by the JVM: the kitchens start the same, only slower.
 */
public final class KitchenCache {
    static final String FILE = "forkful-kitchen.aot";
    /** The child side of the training, started by name: the engine does not link the worker's classes. */
    private static final String TRAINING_CHILD = "dev.forkful.worker.KitchenTraining";
    private static final long TRAINING_TIMEOUT_SECONDS = 120;

    private KitchenCache() {
    }

    /** The cache for children run on {@code classPath}: next to the jar when it is one jar, and there. */
    static Optional<Path> forClassPath(String classPath) {
        if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        Path cache = Path.of(classPath).toAbsolutePath().resolveSibling(FILE);
        return Files.isRegularFile(cache) ? Optional.of(cache) : Optional.empty();
    }

    /** Builds the cache next to the jar on the class path. */
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        Path cache = jar.resolveSibling(FILE);
        Files.deleteIfExists(cache);
        Process p = ChildLauncher.training(cache, TRAINING_CHILD).start();
        p.getOutputStream().close();
        if (!p.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(cache)) {
            Children.kill(p);
            System.err.println("forkful: no kitchen cache was made; kitchens start without it");
            System.exit(1);
        }
    }
}
