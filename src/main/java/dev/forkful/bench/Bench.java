package dev.forkful.bench;

import com.google.gson.JsonObject;
import dev.forkful.level.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Measures what a unit of each model really costs on this machine: to create one, to switch
 * between two, and the memory of an idle one. Every memory figure is read in a fresh child process
 * of this program ({@link Probe}), so that the units are alone in it; creation and switching run
 * here, as medians of several trials. Sized to finish within seconds on two busy cores.
 */
public final class Bench {
    static final int TRIALS = 5;
    private static final int PROCESS_CHILDREN = 3;
    private static final int PING_ROUNDS = 500;
    private static final int ECHO_ROUNDS = 1_000;
    private static final int THREADS_CREATED = 200;
    private static final int THREAD_ROUNDS = 2_000;
    private static final int THREADS_HELD = 1_000;
    private static final int VIRTUALS_CREATED = 2_000;
    private static final int VIRTUAL_ROUNDS = 5_000;
    private static final int VIRTUALS_HELD = 20_000;
    private static final int COROUTINES_CREATED = 100_000;
    private static final int COROUTINE_YIELDS = 200_000;
    private static final int COROUTINES_HELD = 100_000;

    private Bench() {
    }

    public static BenchReport measure() throws IOException {
        Map<Model, Double> switches = switches();
        Processes processes = processes(switches.get(Model.PROCESS));
        List<ModelCost> costs = List.of(processes.cost(), threads(switches.get(Model.THREAD)),
                coroutines(switches.get(Model.COROUTINE)), virtuals(switches.get(Model.VIRTUAL)));
        return new BenchReport(Runtime.getRuntime().availableProcessors(), Runtime.version().toString(), TRIALS, costs,
                processes.pingNs() / 1000);
    }

    /**
     * The switch of each model, in trials taken in turn (process, thread, coroutine, virtual, then
     * again), so that all four meet the same machine: a hand-off between two units that sleep in
     * between costs mostly waking the other one, and that changes with the machine's load, so models
     * measured one after the other would be compared across different loads. A process switch is half a one-byte round trip
     * to a probe child that echoes: a hand-off to the other process and back, with nothing else on
     * the way.
     */
    private static Map<Model, Double> switches() throws IOException {
        try (ProbeChild echo = ProbeChild.start(Model.PROCESS, 0)) {
            echo.reply();
            double[] perSwitch = Trials.interleavedMedians(TRIALS,
                    new Trials.Trial(2L * ECHO_ROUNDS, unchecked(() -> echo.roundTrips(ECHO_ROUNDS))),
                    new Trials.Trial(2L * THREAD_ROUNDS, () -> PingPong.roundTrips(Thread.ofPlatform(), THREAD_ROUNDS)),
                    new Trials.Trial(2L * COROUTINE_YIELDS, () -> LoopCosts.yields(COROUTINE_YIELDS)),
                    new Trials.Trial(2L * VIRTUAL_ROUNDS, () -> PingPong.roundTrips(Thread.ofVirtual(), VIRTUAL_ROUNDS)));
            return Map.of(Model.PROCESS, perSwitch[0], Model.THREAD, perSwitch[1], Model.COROUTINE, perSwitch[2],
                    Model.VIRTUAL, perSwitch[3]);
        }
    }

    /**
     * Each unit is a real kitchen child: its start until it answers a ping, its resident set while
     * idle, and (for the table) the protocol's ping round trip.
     */
    private static Processes processes(double switchNs) throws IOException {
        double ipcNs = 0;
        double[] createNanos = new double[PROCESS_CHILDREN];
        double[] rss = new double[PROCESS_CHILDREN];
        for (int i = 0; i < PROCESS_CHILDREN; i++) {
            long start = System.nanoTime();
            try (WorkerChild child = WorkerChild.start()) {
                child.ping();
                createNanos[i] = System.nanoTime() - start;
                rss[i] = child.residentBytes().orElse(-1);
                if (i == 0) {
                    ipcNs = Trials.medianPerUnit(TRIALS, PING_ROUNDS, unchecked(() -> child.pings(PING_ROUNDS)));
                }
            }
        }
        return new Processes(new ModelCost(Model.PROCESS, Trials.median(createNanos) / 1000, switchNs,
                Math.round(Trials.median(rss)), PROCESS_CHILDREN, 1, 2L * ECHO_ROUNDS, how(Model.PROCESS)), ipcNs);
    }

    /** The process model's costs, and the kitchen protocol's ping round trip that a process chef pays per pantry take. */
    private record Processes(ModelCost cost, double pingNs) {}

    private static ModelCost threads(double switchNs) throws IOException {
        return threadLike(Model.THREAD, Thread.ofPlatform(), THREADS_CREATED, THREAD_ROUNDS, THREADS_HELD, switchNs);
    }

    private static ModelCost virtuals(double switchNs) throws IOException {
        return threadLike(Model.VIRTUAL, Thread.ofVirtual(), VIRTUALS_CREATED, VIRTUAL_ROUNDS, VIRTUALS_HELD, switchNs);
    }

    private static ModelCost threadLike(Model model, Thread.Builder builder, int created, int rounds, int held,
                                        double switchNs) throws IOException {
        double createNs = Trials.medianPerUnit(TRIALS, created, () -> startAndJoin(builder, created));
        return new ModelCost(model, createNs / 1000, switchNs, heldBytes(model, held), held, created, 2L * rounds,
                how(model));
    }

    private static ModelCost coroutines(double switchNs) throws IOException {
        double createNs = Trials.medianPerUnit(TRIALS, COROUTINES_CREATED, () -> LoopCosts.create(COROUTINES_CREATED));
        return new ModelCost(Model.COROUTINE, createNs / 1000, switchNs, heldBytes(Model.COROUTINE, COROUTINES_HELD),
                COROUTINES_HELD, COROUTINES_CREATED, 2L * COROUTINE_YIELDS, how(Model.COROUTINE));
    }

    /** How each figure of a model is taken, for the reader of the table. */
    static String how(Model model) {
        return switch (model) {
            case PROCESS -> "create: a kitchen child process, until it answers a ping; switch: half a one-byte pipe "
                    + "round trip to a child that echoes; memory: the resident set of an idle kitchen child";
            case THREAD -> "create: start and join; switch: a park/unpark hand-off; memory: resident memory plus "
                    + "kernel stack per parked thread";
            case COROUTINE -> "create: allocate and queue on the kitchen's event loop; switch: a yield through its run "
                    + "queue; memory: heap kept per coroutine waiting on its timer heap";
            case VIRTUAL -> "create: start and join; switch: a park/unpark hand-off; memory: heap kept per parked "
                    + "virtual thread";
        };
    }

    /** Nanoseconds to start {@code n} threads one after another, each doing nothing, and see each end. */
    private static long startAndJoin(Thread.Builder builder, int n) {
        long start = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                builder.start(() -> { }).join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring thread creation", e);
        }
        return System.nanoTime() - start;
    }

    private static long heldBytes(Model model, int units) throws IOException {
        try (ProbeChild child = ProbeChild.start(model, units)) {
            JsonObject reply = child.reply();
            return ProbeReply.parse(reply).bytesPerUnit(model);
        }
    }

    private interface IoSupplier {
        long get() throws IOException;
    }

    private static LongSupplier unchecked(IoSupplier supplier) {
        return () -> {
            try {
                return supplier.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
