package dev.forkful.worker;

import dev.forkful.level.Fault;
import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.Wire;
import dev.forkful.protocol.WorkOrder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The training child of the kitchens' AOT cache: the supervisor's {@code KitchenCache} starts this
 * class as it starts a kitchen, plus {@code -XX:AOTCacheOutput}; it cooks a few orders in each
 * kind of kitchen, with every kind of step, through the child's own protocol loop, and exits, and
 * the JVM writes the cache of what it loaded.
 */
public final class KitchenTraining {
    private static final int ORDERS = 40;
    private static final long TIMEOUT_SECONDS = 120;

    private KitchenTraining() {
    }

    public static void main(String[] args) throws Exception {
        train();
        System.exit(0);
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
                Wire.Events events = Wire.readEvents(line, Wire.servedStride(spec.steps().size()));
                if (events == null) {
                    Wire.read(line);
                }
            }
            in.close();
            exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
