package dev.forkful.cli;

import com.google.gson.JsonObject;
import dev.forkful.engine.ChildLauncher;
import dev.forkful.protocol.Wire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts one kitchen child the way the game starts them, pings it, asks it to measure this machine's
 * speed (the calibration every kitchen's cpu work is scaled by), and ends it: what {@code doctor} reports.
 */
final class KitchenProbe {
    private static final long ANSWER_SECONDS = 60;

    /**
     * @param startMillis from starting the child to its pong
     * @param command     the binary the child runs (a release image's kitchens run its own runtime)
     * @param workPerMs   units of cpu work per ms of one core, measured in the child
     * @param failure     why no kitchen could start or answer, or null
     */
    record Result(long pid, long startMillis, String command, long workPerMs, String failure) {
        boolean started() {
            return failure == null;
        }
    }

    private KitchenProbe() {
    }

    static Result run() {
        long start = System.nanoTime();
        Process p = null;
        try {
            p = ChildLauncher.forWorker().start();
            String command = p.info().command().orElse("?");
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            OutputStream in = p.getOutputStream();
            JsonObject pong = ask(in, out, Wire.ping(1));
            long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            expect(pong, "pong");
            JsonObject calibrated = ask(in, out, Wire.calibrate());
            expect(calibrated, "calibrated");
            in.close();
            if (!p.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS)) {
                return failed("the kitchen did not end when its input closed");
            }
            return new Result(p.pid(), startMillis, command, calibrated.get("work_per_ms").getAsLong(), null);
        } catch (IOException | ExecutionException | TimeoutException | Wire.ProtocolException e) {
            return failed(e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        } finally {
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }

    private static Result failed(String why) {
        return new Result(0, 0, "", 0, why);
    }

    private static JsonObject ask(OutputStream in, BufferedReader out, String line)
            throws IOException, InterruptedException, ExecutionException, TimeoutException, Wire.ProtocolException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        String answer = CompletableFuture.supplyAsync(() -> readLine(out)).get(ANSWER_SECONDS, TimeUnit.SECONDS);
        if (answer == null) {
            throw new IOException("the kitchen ended without answering");
        }
        return Wire.read(answer);
    }

    private static void expect(JsonObject message, String type) throws IOException {
        if (!type.equals(Wire.type(message))) {
            throw new IOException("the kitchen answered " + Wire.type(message) + " instead of " + type);
        }
    }

    private static String readLine(BufferedReader r) {
        try {
            return r.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
