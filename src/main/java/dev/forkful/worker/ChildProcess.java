package dev.forkful.worker;

import com.google.gson.JsonObject;
import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.LineWriter;
import dev.forkful.protocol.Wire.ProtocolException;
import dev.forkful.protocol.Wire;
import dev.forkful.protocol.WorkOrder;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The main loop of a kitchen child ({@code forkful worker}): reads the setup and the orders from
 * stdin, cooks them in the kitchen that {@link Kitchens#create} builds, and writes what happens to
 * stdout as JSON lines (see {@link Wire}; steps and dishes packed many to a line by
 * {@link LineWriter}). It exits as soon as stdin closes, so a child never
 * outlives the game that started it.
 */
public final class ChildProcess {
    /** Stats samples per second are at least 1000 / this. */
    static final long STATS_MILLIS = 80;
    /** How long {@code finish} waits for the kitchen to report done before the audit goes out anyway. */
    static final long FINISH_WAIT_MILLIS = 500;
    /** Once stdin is closed, the most time the JVM gets to exit before it is halted. */
    static final long EXIT_GRACE_MILLIS = 300;

    /** Builds a kitchen; {@link Kitchens#create} in the game, a simpler one in tests. */
    @FunctionalInterface
    public interface KitchenFactory {
        Kitchen create(KitchenSpec spec, KitchenReport report, Pantry pantry);
    }

    private final BufferedReader in;
    private final LineWriter out;
    private final KitchenFactory factory;
    private final LongSupplier calibration;
    private final Map<Long, SynchronousQueue<Long>> pantryReplies = new ConcurrentHashMap<>();
    private final AtomicLong pantryRequests = new AtomicLong();
    private final CountDownLatch done = new CountDownLatch(1);
    private final OsFigures figures;
    private volatile long cpuAtHello;
    /** The origin of the served records' times, sent in hello. */
    private volatile long clockAtHello;
    private Kitchen kitchen;

    public ChildProcess(InputStream in, OutputStream out, KitchenFactory factory, LongSupplier calibration) {
        this(in, out, factory, calibration, OsFigures.ofThisProcess());
    }

    /** A child that measures itself with {@code figures} (a test plays an OS without {@code /proc}). */
    public ChildProcess(InputStream in, OutputStream out, KitchenFactory factory, LongSupplier calibration, OsFigures figures) {
        this.figures = figures;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.out = new LineWriter(out, "forkful-out");
        this.factory = factory;
        this.calibration = calibration;
    }

    /**
     * Starts a child without the command-line parser: the supervisor uses this entry point when
     * it runs on a JVM, because a kitchen's start is on the clock ({@code forkful worker} is the
     * same loop for a native binary).
     */
    public static void main(String[] args) {
        // halt, not exit: run() has flushed and closed the protocol, the kitchen has no shutdown hook, and
        // exit would first look up a System.Logger to log itself (a ServiceLoader scan: about 12 ms of CPU
        // at every kitchen's end); halt runs the JVM's own exit (an AOT cache being trained is still written)
        Runtime.getRuntime().halt(runOnStdio());
    }

    /** The {@code forkful worker} entry point: returns the exit code once stdin is closed. */
    public static int runOnStdio() {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err); // a stray print must not corrupt the protocol
        ChildProcess child = new ChildProcess(System.in, protocol, Kitchens::create, Calibration::measureWorkPerMs);
        Thread.setDefaultUncaughtExceptionHandler(child::failed);
        int code = child.run();
        // a frozen chef must not keep the process alive: exit now, or halt if exiting hangs
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(EXIT_GRACE_MILLIS);
            } catch (InterruptedException e) {
                // halt now
            }
            Runtime.getRuntime().halt(code);
        }, "forkful-halt");
        halt.setDaemon(true);
        halt.start();
        return code;
    }

    /**
     * A thread of the kitchen died of an exception nobody caught (a chef's own failures are lost
     * dishes, never this): the kitchen is faulty. Its last words name the cause, and it ends at once
     * with exit 2, which the supervisor reports as a crash of a faulty kitchen, never as a freeze.
     */
    private void failed(Thread thread, Throwable e) {
        out.send(Wire.error("thread " + thread.getName() + " failed: " + e));
        out.close();
        Runtime.getRuntime().halt(2);
    }

    /** Serves until stdin closes; returns the exit code (0 normally, 2 on a protocol error). */
    public int run() {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                WorkOrder.Burst clean = Wire.readCleanOrders(line);
                if (clean != null) {
                    kitchen().submit(clean);
                } else if (!line.isBlank()) {
                    handle(Wire.read(line));
                }
            }
            return 0;
        } catch (ProtocolException e) {
            out.send(Wire.error(e.getMessage()));
            return 2;
        } catch (IOException e) {
            return 0; // the supervisor's end of the pipe is gone: the game is over
        } finally {
            if (kitchen != null) {
                kitchen.close();
            }
            out.close();
        }
    }

    private void handle(JsonObject m) throws ProtocolException {
        switch (Wire.type(m)) {
            case "setup" -> setup(Wire.readSpec(m));
            case "orders" -> kitchen().submit(Wire.readOrders(m));
            case "taken" -> reply(m.get("id").getAsLong(), m.get("amount").getAsLong());
            case "ping" -> out.send(Wire.pong(m.get("id").getAsLong()));
            case "finish" -> finish();
            case "calibrate" -> out.send(Wire.calibrated(calibration.getAsLong()));
            default -> throw new ProtocolException("unknown message " + Wire.type(m));
        }
    }

    private Kitchen kitchen() throws ProtocolException {
        if (kitchen == null) {
            throw new ProtocolException("an order before the setup");
        }
        return kitchen;
    }

    private void setup(KitchenSpec spec) throws ProtocolException {
        if (kitchen != null) {
            throw new ProtocolException("a second setup");
        }
        try {
            kitchen = factory.create(spec, new Report(), this::take);
        } catch (RuntimeException e) {
            throw new ProtocolException("the kitchen could not be built: " + e);
        }
        // cpu time counts from hello: the JVM's own start is not the kitchen's cooking
        cpuAtHello = figures.cpuNanos();
        clockAtHello = System.nanoTime();
        out.sendNow(Wire.hello(ProcessHandle.current().pid(), spec.model(), clockAtHello));
        Thread sampler = new Thread(this::sampleStats, "forkful-stats");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** No more orders: let the kitchen cook what it has (briefly), then send the fridge audit. */
    private void finish() {
        kitchen.finish();
        Thread.ofPlatform().daemon().name("forkful-finish").start(() -> {
            boolean complete;
            try {
                complete = done.await(FINISH_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                complete = false;
            }
            out.send(Wire.audit(kitchen.audit(), complete));
        });
    }

    /** The pantry client: one blocking request and reply over the same pipe. */
    private long take(String ingredient, long amount) throws InterruptedException {
        long id = pantryRequests.incrementAndGet();
        SynchronousQueue<Long> reply = new SynchronousQueue<>();
        pantryReplies.put(id, reply);
        try {
            out.send(Wire.take(id, ingredient, amount));
            return reply.take();
        } finally {
            pantryReplies.remove(id);
        }
    }

    private void reply(long id, long amount) throws ProtocolException {
        SynchronousQueue<Long> waiting = pantryReplies.get(id);
        if (waiting == null) {
            throw new ProtocolException("a pantry reply nobody asked for: " + id);
        }
        try {
            waiting.put(amount);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sampleStats() {
        while (true) {
            sendStats();
            try {
                Thread.sleep(STATS_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sendStats() {
        sendStats(figures.sample());
    }

    private void sendStats(OsFigures.Sample s) {
        long cpu = s.cpuNanos() < 0 || cpuAtHello < 0 ? -1 : s.cpuNanos() - cpuAtHello;
        out.send(Wire.stats(s.rssBytes(), s.pssBytes(), cpu, s.threads(), kitchen.liveUnits(), BlockedTime.nanos(),
                WorkSpeed.workNanos(), WorkSpeed.cpuNanos()));
    }

    /** Writes what the kitchen reports; every method may be called from any chef. */
    private final class Report implements KitchenReport {
        @Override
        public void stepStarted(long order, int chef, int step) {
            out.step(order, chef, step);
        }

        @Override
        public void served(long order, int chef, LineWriter.Record record) {
            out.served(order, chef, record, clockAtHello);
        }

        @Override
        public void lost(long order, int chef, String reason) {
            out.send(Wire.lost(order, chef, reason, null));
        }

        @Override
        public void lost(long order, int chef, String reason, LineWriter.Record record) {
            out.send(Wire.lost(order, chef, reason, record.values(clockAtHello)));
        }

        @Override
        public void stall(long order, int step, long stalledNanos, String cause) {
            out.send(Wire.stall(order, step, stalledNanos, cause));
        }

        @Override
        public void deadlock(String cycle, long stuckNanos) {
            out.send(Wire.deadlock(cycle, stuckNanos));
        }

        @Override
        public void heartbeat(List<ChefState> chefs, int pending) {
            out.send(Wire.heartbeat(chefs, pending));
        }

        @Override
        public void done() {
            // a last sample, so the score's cpu time (and memory) miss nothing since the previous one
            sendStats(figures.fresh());
            out.send(Wire.done());
            ChildProcess.this.done.countDown();
        }
    }
}
