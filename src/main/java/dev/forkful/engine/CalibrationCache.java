package dev.forkful.engine;

import com.google.gson.JsonObject;
import dev.forkful.protocol.Wire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How much {@code Work} is one millisecond of one core on this machine, measured once in a child
 * started with the kitchens' own flags and kept in {@code $XDG_CACHE_HOME/forkful/calibration},
 * keyed by the Java runtime and the CPU model (a new JDK or a new machine measures again).
 */
final class CalibrationCache {
    private static final long CHILD_TIMEOUT_SECONDS = 60;

    private CalibrationCache() {
    }

    static long workPerMs(ChildLauncher launcher) {
        Path file = cacheDir().resolve("calibration");
        String key = key();
        Long cached = read(file, key);
        if (cached != null) {
            return cached;
        }
        long measured = measureInChild(launcher);
        write(file, key, measured);
        return measured;
    }

    static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("forkful");
    }

    static String key() {
        return "java " + System.getProperty("java.runtime.version") + " on " + cpuModel();
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static Long read(Path file, String key) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
            String v = p.getProperty("work_per_ms");
            return key.equals(p.getProperty("key")) && v != null ? Long.valueOf(v) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Written to a temp file and moved into place, so a reader never sees half a file. */
    private static void write(Path file, String key, long workPerMs) {
        Properties p = new Properties();
        p.setProperty("key", key);
        p.setProperty("work_per_ms", Long.toString(workPerMs));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "calibration", ".tmp");
            try (var out = Files.newBufferedWriter(tmp)) {
                p.store(out, "forkful: units of work per ms of one core");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // no cache: the next run measures again
        }
    }

    /**
     * Measures in a child, so the figure comes from a JVM with the kitchens' flags and JIT (the
     * game's own JVM runs on C1 alone, so a figure measured here would be wrong for the kitchens).
     * A machine where that child cannot start cannot start kitchens either: the run fails, saying why.
     */
    private static long measureInChild(ChildLauncher launcher) {
        Process p = null;
        try {
            p = launcher.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write((Wire.calibrate() + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
                Process child = p;
                String line = CompletableFuture.supplyAsync(() -> firstLine(child))
                        .get(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                JsonObject m = Wire.read(line);
                if ("calibrated".equals(Wire.type(m))) {
                    return m.get("work_per_ms").getAsLong();
                }
            }
            throw new IllegalStateException("a kitchen started to measure this machine's speed did not answer");
        } catch (IOException | ExecutionException | TimeoutException | Wire.ProtocolException e) {
            throw new IllegalStateException("no kitchen could be started to measure this machine's speed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring this machine's speed", e);
        } finally {
            if (p != null) {
                Children.kill(p);
            }
        }
    }

    private static String firstLine(Process p) {
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = r.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            return "";
        }
    }
}
