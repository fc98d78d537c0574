package dev.forkful.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.engine.ChildLauncher;
import dev.forkful.level.Model;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The parent side of a bench probe: a child of this program, started as a kitchen child is (same
 * JVM options, registered so that no exit path leaves it behind), holding idle units. Closing it
 * closes the child's stdin (it exits) and kills it if it has not gone within a second.
 */
final class ProbeChild implements AutoCloseable {
    private static final Duration REPLY_WITHIN = Duration.ofSeconds(20);

    private final Process process;
    private final InputStream fromChild;
    private final OutputStream toChild;

    private ProbeChild(Process process) {
        this.process = process;
        this.fromChild = process.getInputStream();
        this.toChild = process.getOutputStream();
    }

    static ProbeChild start(Model model, int units) throws IOException {
        return new ProbeChild(ChildLauncher.forProgram("bench", "--probe", model.id(), Integer.toString(units)).start());
    }

    long pid() {
        return process.pid();
    }

    /** The child's one-line report, read byte by byte so that nothing after it is buffered away. */
    JsonObject reply() throws IOException {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(this::readLine, Thread::startVirtualThread);
        try {
            String text = line.get(REPLY_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            if (text == null) {
                throw new IOException(exitedWithout());
            }
            return JsonParser.parseString(text).getAsJsonObject();
        } catch (TimeoutException e) {
            throw new IOException("a bench probe child (pid " + pid() + ") did not reply within " + REPLY_WITHIN.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IOException(exitedWithout(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a bench probe child", e);
        }
    }

    /** Nanoseconds for {@code rounds} one-byte round trips through the child's stdin and stdout. */
    long roundTrips(int rounds) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            toChild.write(i & 0x7f);
            toChild.flush();
            if (fromChild.read() < 0) {
                throw new IOException(exitedWithout());
            }
        }
        return System.nanoTime() - start;
    }

    private String readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b; (b = fromChild.read()) != '\n'; ) {
                if (b < 0) {
                    return null;
                }
                line.write(b);
            }
        } catch (IOException e) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private String exitedWithout() {
        String status = process.isAlive() ? "closed its output" : "exited with status " + process.exitValue();
        return "a bench probe child (pid " + pid() + ") " + status + " without a reply (FORKFUL_DEBUG=1 shows its errors)";
    }

    @Override
    public void close() {
        end(process, toChild);
    }

    /** Closes a child's stdin, so that it exits, and kills it if it has not gone within a second. */
    static void end(Process process, java.io.Closeable stdin) {
        try {
            stdin.close();
        } catch (IOException e) {
            // the child is gone already: the kill below is a no-op
        }
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
