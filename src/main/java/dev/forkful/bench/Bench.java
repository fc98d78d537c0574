package dev.forkful.bench;

import com.google.gson.JsonObject;
import dev.forkful.bench.ModelCost.Timing;
import dev.forkful.bench.ModelCost.UnitMemory;
import dev.forkful.level.Model;
import dev.forkful.worker.ProcStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Measures what a unit of each model really costs on this machine: to create one, to switch
 * between two, and the memory of an idle one; and beside them an OS process without a JVM and a
 * Python asyncio Task. Times are taken in trials that take turns ({@link Trials#interleaved}), so
 * that the figures compared meet the same machine load, and each keeps its spread. Every memory
 * figure is read in a fresh child process ({@link Probe}), so that the units are alone in it.
 * Sized to finish within a minute on two busy cores.
 */
public final class Bench {
    static final int TRIALS = 7;
    private static final int PROCESS_CHILDREN = 3;
    private static final int PING_ROUNDS = 500;
    private static final int ECHO_ROUNDS = 1_000;
    private static final int SPAWNS = 10;
    private static final int THREADS_CREATED = 200;
    private static final int THREAD_ROUNDS = 2_000;
    private static final int THREADS_HELD = 1_000;
    private static final int VIRTUALS_CREATED = 2_000;
    private static final int VIRTUAL_ROUNDS = 5_000;
    private static final int VIRTUALS_HELD = 20_000;
    private static final int COROUTINES_CREATED = 100_000;
    private static final int COROUTINE_YIELDS = 200_000;
    private static final int COROUTINES_HELD = 100_000;
    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private Bench() {
    }

    public static BenchReport measure() throws IOException {
        String loadBefore = load();
        Creates creates = creates();
        Switches switches = switches();
        Kitchens kitchens = kitchens(switches.process());
        ModelCost thread = new ModelCost(Model.THREAD, new Timing("start and join", creates.thread()),
                new Timing("park/unpark hand-off", switches.thread()),
                held(Model.THREAD, "a parked platform thread", "USS + kernel stack", THREADS_HELD), THREADS_CREATED,
                2L * THREAD_ROUNDS);
        ModelCost coroutine = new ModelCost(Model.COROUTINE, new Timing("allocate, queue on forkful's loop", creates.coroutine()),
                new Timing("a yield through forkful's loop", switches.coroutine()),
                held(Model.COROUTINE, "waiting on forkful's timer heap", "heap kept", COROUTINES_HELD), COROUTINES_CREATED,
                2L * COROUTINE_YIELDS);
        ModelCost virtual = new ModelCost(Model.VIRTUAL, new Timing("start and join", creates.virtual()),
                new Timing("park/unpark hand-off", switches.virtual()),
                held(Model.VIRTUAL, "a parked virtual thread", "heap kept", VIRTUALS_HELD), VIRTUALS_CREATED,
                2L * VIRTUAL_ROUNDS);
        var os = new BenchReport.OsProcessCosts(
                creates.spawn() == null ? null : new Timing("posix_spawn " + OsProcess.TINY + " to its exit", creates.spawn()),
                new Timing("ProcessBuilder " + OsProcess.TINY + " to its exit", creates.builder()),
                OsProcess.idleMemory().orElse(null), kitchens.idle());
        Asyncio asyncio = Asyncio.measure();
        return new BenchReport(Runtime.getRuntime().availableProcessors(), Runtime.version().toString(), loadBefore, load(),
                TRIALS, List.of(kitchens.cost(), thread, coroutine, virtual), os,
                new Timing("pipe ping-pong between two threads", switches.threadPipe()), asyncio, kitchens.pingNs() / 1000);
    }

    /**
     * Creation, in trials taken in turn: an OS process by ProcessBuilder and (where it can be
     * called) by posix_spawn, a platform thread, a virtual thread, a coroutine.
     */
    private static Creates creates() {
        boolean spawn = OsProcess.canSpawn();
        List<Trials.Trial> trials = new ArrayList<>(List.of(
                new Trials.Trial(SPAWNS, () -> OsProcess.builderAndWait(SPAWNS)),
                new Trials.Trial(THREADS_CREATED, () -> startAndJoin(Thread.ofPlatform(), THREADS_CREATED)),
                new Trials.Trial(VIRTUALS_CREATED, () -> startAndJoin(Thread.ofVirtual(), VIRTUALS_CREATED)),
                new Trials.Trial(COROUTINES_CREATED, () -> LoopCosts.create(COROUTINES_CREATED))));
        if (spawn) {
            trials.add(new Trials.Trial(SPAWNS, () -> OsProcess.spawnAndWait(SPAWNS)));
        }
        Spread[] s = Trials.interleaved(TRIALS, trials.toArray(Trials.Trial[]::new));
        return new Creates(spawn ? s[4] : null, s[0], s[1], s[2], s[3]);
    }

    /** Per unit created; {@code spawn} null where posix_spawn cannot be called. */
    private record Creates(Spread spawn, Spread builder, Spread thread, Spread virtual, Spread coroutine) {}

    /**
     * The switch of each model, in trials taken in turn: a hand-off between two units that sleep in
     * between costs mostly waking the other one, and that changes with the machine's load. Between
     * processes it is half a one-byte round trip through pipes to a probe child that echoes
     * (lmbench's lat_ctx); the same between two threads of this process, so that the two differ
     * only in the address space; park/unpark between threads and between virtual threads; a yield on
     * the event loop.
     */
    private static Switches switches() throws IOException {
        try (ProbeChild echo = ProbeChild.start(Model.PROCESS, 0)) {
            echo.reply();
            Spread[] perSwitch = Trials.interleaved(TRIALS,
                    new Trials.Trial(2L * ECHO_ROUNDS, unchecked(() -> echo.roundTrips(ECHO_ROUNDS))),
                    new Trials.Trial(2L * ECHO_ROUNDS, () -> PipePingPong.roundTrips(ECHO_ROUNDS)),
                    new Trials.Trial(2L * THREAD_ROUNDS, () -> PingPong.roundTrips(Thread.ofPlatform(), THREAD_ROUNDS)),
                    new Trials.Trial(2L * COROUTINE_YIELDS, () -> LoopCosts.yields(COROUTINE_YIELDS)),
                    new Trials.Trial(2L * VIRTUAL_ROUNDS, () -> PingPong.roundTrips(Thread.ofVirtual(), VIRTUAL_ROUNDS)));
            return new Switches(perSwitch[0], perSwitch[1], perSwitch[2], perSwitch[3], perSwitch[4]);
        }
    }

    private record Switches(Spread process, Spread threadPipe, Spread thread, Spread coroutine, Spread virtual) {}

    /**
     * Each unit of the process model is a real kitchen child: its start until it answers a ping,
     * its memory while idle (USS: what one more costs; PSS and RSS beside), and (for the table) the
     * protocol's ping round trip.
     */
    private static Kitchens kitchens(Spread switchNs) throws IOException {
        double ipcNs = 0;
        double[] createNanos = new double[PROCESS_CHILDREN];
        List<Rollup> idle = new ArrayList<>();
        for (int i = 0; i < PROCESS_CHILDREN; i++) {
            long start = System.nanoTime();
            try (WorkerChild child = WorkerChild.start()) {
                child.ping();
                createNanos[i] = System.nanoTime() - start;
                child.memory().ifPresent(idle::add);
                if (i == 0) {
                    ipcNs = Trials.perUnit(TRIALS, PING_ROUNDS, unchecked(() -> child.pings(PING_ROUNDS))).median();
                }
            }
        }
        Rollup median = idle.size() < PROCESS_CHILDREN ? null : new Rollup(
                Math.round(Trials.median(idle.stream().mapToDouble(Rollup::rssBytes).toArray())),
                Math.round(Trials.median(idle.stream().mapToDouble(Rollup::pssBytes).toArray())),
                Math.round(Trials.median(idle.stream().mapToDouble(Rollup::ussBytes).toArray())));
        ModelCost cost = new ModelCost(Model.PROCESS,
                new Timing("a JVM kitchen child until it answers a ping", Spread.of(createNanos)),
                new Timing("pipe ping-pong between two processes", switchNs),
                new UnitMemory("an idle JVM kitchen child", "USS", median == null ? -1 : median.ussBytes(), PROCESS_CHILDREN),
                1, 2L * ECHO_ROUNDS);
        return new Kitchens(cost, median, ipcNs);
    }

    /** The process model's costs, an idle kitchen's memory, and the protocol's ping round trip. */
    private record Kitchens(ModelCost cost, Rollup idle, double pingNs) {}

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

    private static UnitMemory held(Model model, String what, String kind, int units) throws IOException {
        try (ProbeChild child = ProbeChild.start(model, units)) {
            JsonObject reply = child.reply();
            return new UnitMemory(what, kind, ProbeReply.parse(reply).bytesPerUnit(model), units);
        }
    }

    /** The 1, 5 and 15 minute load averages, empty where there is no {@code /proc}. */
    private static String load() {
        String[] fields = ProcStatus.text(LOADAVG).strip().split("\\s+");
        return fields.length < 3 ? "" : String.join(" ", fields[0], fields[1], fields[2]);
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
