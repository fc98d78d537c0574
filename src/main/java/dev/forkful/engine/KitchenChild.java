package dev.forkful.engine;

import dev.forkful.engine.Wire.ProtocolException;
import dev.forkful.worker.Kitchen.FridgeAudit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
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
    /** Orders handed over and not yet served or lost, in hand-over order. */
    final Set<Long> inHand = new LinkedHashSet<>();
    long lastBeat;
    long pendingSince;
    /** Why the supervisor killed it (a freeze, bad output, no hello), or null. */
    String killedBecause;
    /** Freeze already reported for the order a chef is stuck on. */
    final Set<Long> stuckReported = new java.util.HashSet<>();
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

    /** Closes the child's stdin once what is queued is sent: it exits by itself. */
    void closeInput() {
        in.end();
    }

    void handOver(long order, String line, long now) {
        if (inHand.isEmpty()) {
            pendingSince = now;
        }
        inHand.add(order);
        send(line);
    }

    void kill(String because) {
        if (killedBecause == null) {
            killedBecause = because;
        }
        Children.kill(process);
    }

    /** Starts the thread that reads the child's lines into the supervisor's inbox. */
    void startReading(BlockingQueue<Inbound> inbox) {
        Thread reader = new Thread(() -> read(inbox), "forkful-read-" + floor.task.id() + "-" + slot);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(BlockingQueue<Inbound> inbox) {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            boolean dying = false;
            while ((line = r.readLine()) != null) {
                long at = System.nanoTime();
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    // the JVM's fatal-error handler prints its report header to stdout: the process is dying
                    dying = true;
                    fatalErrorReport(line);
                    continue;
                }
                try {
                    inbox.add(new Inbound.Message(this, Wire.read(line), at));
                } catch (ProtocolException e) {
                    if (!dying) { // a wrapped line of the report is not the child talking nonsense
                        inbox.add(new Inbound.Garbage(this, e.getMessage(), at));
                    }
                }
            }
        } catch (IOException e) {
            // the pipe broke: the same as an end of output
        }
        inbox.add(new Inbound.Exited(this, exitStatus(), System.nanoTime()));
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
