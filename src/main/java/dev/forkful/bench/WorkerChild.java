package dev.forkful.bench;

import com.google.gson.JsonObject;
import dev.forkful.engine.ChildLauncher;
import dev.forkful.protocol.Wire;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A real kitchen child, started as the supervisor starts one, for the process model's figures:
 * its start until it answers a ping, a ping's protocol round trip, its memory while idle.
 * Closing it closes its stdin (it exits) and kills it if it has not gone within a second.
 */
final class WorkerChild implements AutoCloseable {
    private final Process process;
    private final BufferedWriter toChild;
    private final BufferedReader fromChild;
    private long nextPing;

    private WorkerChild(Process process) {
        this.process = process;
        this.toChild = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.fromChild = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static WorkerChild start() throws IOException {
        return new WorkerChild(ChildLauncher.forWorker().start());
    }

    /** Sends a ping and waits for its pong: one round trip through both pipes and both JSON codecs. */
    void ping() throws IOException {
        long id = nextPing++;
        toChild.write(Wire.ping(id));
        toChild.newLine();
        toChild.flush();
        for (String line; (line = fromChild.readLine()) != null; ) {
            try {
                JsonObject m = Wire.read(line);
                if (Wire.type(m).equals("pong") && m.get("id").getAsLong() == id) {
                    return;
                }
            } catch (Wire.ProtocolException e) {
                throw new IOException("a kitchen child (pid " + process.pid() + ") said something else than a pong: "
                        + e.getMessage(), e);
            }
        }
        throw new IOException("a kitchen child (pid " + process.pid() + ") ended before its pong");
    }

    /** Nanoseconds for {@code rounds} ping round trips. */
    long pings(int rounds) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            ping();
        }
        return System.nanoTime() - start;
    }

    /** The child's memory, read from {@code /proc}; empty where there is none. */
    Optional<Rollup> memory() {
        return Rollup.of(process.pid());
    }

    @Override
    public void close() {
        ProbeChild.end(process, toChild);
    }
}
