package dev.forkful.engine;

import dev.forkful.level.Fault;
import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.worker.ChildProcess;
import dev.forkful.worker.Kitchens;
import dev.forkful.worker.KitchenSpec;
import dev.forkful.worker.WorkOrder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The kitchens' own JDK AOT cache (JEP 483/514): the classes a kitchen child loads, loaded and
 * linked ahead of time, next to the jar as {@value #FILE}. Measured on 2 busy cores (load 5-8,
 * medians of 7 starts), a child says hello in 60-115 ms with it, 140-260 ms with none, and
 * 130-250 ms with the game's cache (which loads the whole game's 2,100 classes into every child).
 *
 * <p>Built at package time ({@code scripts/kitchen-cache}): {@link #main} starts a training child
 * exactly as the game starts a kitchen (same flags, same class path) plus
 * {@code -XX:AOTCacheOutput}, which cooks a few orders in each kind of kitchen, with every kind of
 * step, and writes the cache when it exits. A cache that no longer matches the jar or the JDK is
 * ignored by the JVM: the kitchens start the same, only slower.
 */
public final class KitchenCache {
    static final String FILE = "forkful-kitchen.aot";
    private static final String TRAIN = "train";
    private static final int ORDERS = 40;
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

    /** With no argument: builds the cache next to the jar on the class path. With {@code train}: the training child. */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(TRAIN)) {
            train();
            System.exit(0);
        }
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        Path cache = jar.resolveSibling(FILE);
        Files.deleteIfExists(cache);
        Process p = ChildLauncher.training(cache, KitchenCache.class.getName(), TRAIN).start();
        p.getOutputStream().close();
        if (!p.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(cache)) {
            Children.kill(p);
            System.err.println("forkful: no kitchen cache was made; kitchens start without it");
            System.exit(1);
        }
    }

    /** Cooks in each kind of kitchen through the child's own protocol loop, on in-memory pipes. */
    private static void train() throws Exception {
        List<Step> steps = List.of(
                new Step("chop", new Step.Action.Cpu(Duration.ofMillis(1)), Optional.empty()),
                new Step("simmer", new Step.Action.Wait(Duration.ofMillis(1)), Optional.empty()),
                // a segfault that never strikes still links its native call at kitchen start
                new Step("press", new Step.Action.Block(Duration.ofMillis(1)), Optional.of(new Fault(Fault.Kind.SEGFAULT, 0))),
                new Step("salt", new Step.Action.Fridge("salt", 1), Optional.empty()));
        for (Model model : Model.values()) {
            // a pantry needs the supervisor's replies: the training kitchens keep their own fridge
            KitchenSpec spec = new KitchenSpec("train", model, 2, model == Model.THREAD, true, steps, 1000, false,
                    Map.of("salt", (long) ORDERS));
            cook(spec);
        }
    }

    private static void cook(KitchenSpec spec) throws Exception {
        PipedOutputStream toChild = new PipedOutputStream();
        PipedInputStream childIn = new PipedInputStream(toChild, 1 << 16);
        PipedInputStream fromChild = new PipedInputStream(1 << 16);
        PipedOutputStream childOut = new PipedOutputStream(fromChild);
        ChildProcess child = new ChildProcess(childIn, childOut, Kitchens::create, () -> spec.workPerMs());
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(child::run);
        try (PrintStream in = new PrintStream(toChild, true, StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(fromChild, StandardCharsets.UTF_8))) {
            in.println(Wire.setup(spec));
            in.println(Wire.orders(0, ORDERS, List.of(new WorkOrder(1, 0, Fault.Kind.EXCEPTION))));
            in.println(Wire.ping(1));
            in.println(Wire.finish());
            for (String line; (line = out.readLine()) != null && !line.contains("\"t\":\"audit\""); ) {
                Wire.Events events = Wire.readEvents(line);
                if (events == null) {
                    Wire.read(line);
                }
            }
            in.close();
            exit.get(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
