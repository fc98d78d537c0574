package dev.forkful.engine;

import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.LineReader;
import dev.forkful.protocol.LineWriter;
import dev.forkful.protocol.Wire.ProtocolException;
import dev.forkful.protocol.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The supervisor's handle on one kitchen child: its pipe in, a reader thread that turns its lines
 * into {@link Inbound} messages, and what the supervisor knows about it. Only the supervisor's
 * thread touches the fields.
 */
final class KitchenChild {
    enum State { STARTING, READY, GONE }

    /** How long a child that closed its output may take to end before it is killed. */
    static final long EXIT_AFTER_EOF_SECONDS = 10;

    final TaskFloor floor;
    final int slot;
    final Process process;
    final long spawnedAt;
    private final LineWriter in;

    State state = State.STARTING;
    /** How many orders were handed over and not yet served or lost (the floor knows which). */
    int inHand;
    /** The lowest order ever handed over: no order it holds is below it. */
    private long firstHeld = Long.MAX_VALUE;
    /** The last order handed over, -1 before the first. */
    private long lastHandedOver = -1;
    long lastBeat;
    /** Our {@code System.nanoTime()} of the child's hello {@code clock}: where its served records' times count from. */
    long clockOrigin;
    long pendingSince;
    /** The watchdog's look at a silence: since when, and the child's CPU time then (-1 unknown). */
    long silentSince = -1;
    long cpuWhenSilent = -1;
    /** Why the supervisor killed it (a freeze, bad output, no hello), or null. */
    String killedBecause;
    /** Freeze already reported for the order a chef is stuck on. */
    final Set<Long> stuckReported = new HashSet<>();
    /** The child's own last words, from an {@code error} message. */
    String lastError;
    Map<String, FridgeAudit> audit;
    /** The signal a JVM fatal-error report named (its header comes on stdout), read by the reader thread. */
    volatile String fatalSignal;
    boolean finishSent;

    KitchenChild(TaskFloor floor, int slot, Process process, long spawnedAt) {
        this.floor = floor;
        this.slot = slot;
        this.process = process;
        this.spawnedAt = spawnedAt;
        this.in = new LineWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                "forkful-write-" + floor.task.id() + "-" + slot);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return state != State.GONE;
    }

    /** Sends a line (queued: the supervisor never waits on a pipe). A dead child's pipe is ignored. */
    void send(String line) {
        in.send(line);
    }

    /** Ends the child at once: its writer thread stops (what it still holds is not read by anyone), the process is killed. */
    void stop() {
        in.end();
        Children.kill(process);
    }

    /** Hands over orders {@code first} to {@code first + count - 1} in one {@code orders} line. */
    void handOver(long first, int count, String line, long now) {
        if (inHand == 0) {
            pendingSince = now;
        }
        floor.holdAll(first, count, slot);
        inHand += count;
        firstHeld = Math.min(firstHeld, first);
        lastHandedOver = first + count - 1;
        send(line);
    }

    long lastHandedOver() {
        return lastHandedOver;
    }

    /** The kitchen is done with an order; false when it did not hold it. */
    boolean release(long order) {
        if (!floor.release(order, slot)) {
            return false;
        }
        inHand--;
        return true;
    }

    /** Every order it holds, in hand-over order; it holds none after this. */
    long[] dropAll() {
        long[] held = new long[inHand];
        int n = 0;
        for (long order = firstHeld; n < held.length && order < floor.nextArrival; order++) {
            if (floor.release(order, slot)) {
                held[n++] = order;
            }
        }
        inHand = 0;
        return n == held.length ? held : Arrays.copyOf(held, n);
    }

    void kill(String because) {
        if (killedBecause == null) {
            killedBecause = because;
        }
        Children.kill(process);
    }

    /** Starts the thread that reads the child's lines into the supervisor's inbox. */
    void startReading(Inbox inbox) {
        Thread reader = new Thread(() -> read(inbox), "forkful-read-" + floor.task.id() + "-" + slot);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Inbox inbox) {
        try {
            readLines(inbox);
            inbox.post(new Inbound.Exited(this, exitStatus(), System.nanoTime()));
        } catch (InterruptedException e) {
            Children.kill(process); // nobody else would end it now
        }
    }

    private void readLines(Inbox inbox) throws InterruptedException {
        int servedStride = Wire.servedStride(floor.spec.steps().size());
        try (InputStream out = process.getInputStream()) {
            LineReader r = new LineReader(out);
            Wire.EventsReader events = new Wire.EventsReader();
            boolean dying = false;
            while (r.next()) {
                long at = System.nanoTime();
                byte[] bytes = r.bytes();
                if (blank(bytes, r.from(), r.to())) {
                    continue;
                }
                if (bytes[r.from()] == '#') {
                    // the JVM's fatal-error handler prints its report header to stdout: the process is dying
                    dying = true;
                    fatalErrorReport(r.text());
                    continue;
                }
                try {
                    Wire.Events line = events.read(bytes, r.from(), r.to(), servedStride);
                    inbox.post(line != null ? new Inbound.Events(this, line, at) : new Inbound.Message(this, Wire.read(r.text()), at));
                } catch (ProtocolException e) {
                    if (dying) { // a wrapped line of the report is not the child talking nonsense
                        fatalErrorReport(r.text());
                    } else {
                        inbox.post(new Inbound.Garbage(this, e.getMessage(), at));
                    }
                }
            }
        } catch (IOException e) {
            // the pipe broke, or a line without end: the same as an end of output
        }
    }

    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private void fatalErrorReport(String line) {
        String signal = Signals.inFatalErrorReport(line);
        if (signal != null && fatalSignal == null) {
            fatalSignal = signal;
        }
    }

    /** The real exit status: 128 + signal when a signal ended it (134 for the JVM's fatal error handler). */
    private int exitStatus() {
        try {
            // a JVM writing its fatal-error log may close its output seconds before it ends (slower on a busy machine)
            if (!process.waitFor(EXIT_AFTER_EOF_SECONDS, TimeUnit.SECONDS)) {
                kill(killedBecause == null ? "it closed its output but did not exit" : killedBecause);
            }
            return process.waitFor();
        } catch (InterruptedException e) {
            Children.kill(process);
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
