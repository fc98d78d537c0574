package dev.forkful.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running {@link KitchenProbe} with the flags the supervisor uses for its workers, its
 * output read line by line. Closing it kills the child and waits for its end.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final List<String> seen = new ArrayList<>();

    ChildJvm(Path workDir, Path errorDir, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-XX:ErrorFile=" + errorDir.resolve("forkful-hs_err_%p.log"),
                "-cp", System.getProperty("java.class.path"), KitchenProbe.class.getName()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read failed: " + e);
            }
        });
    }

    /** The next line, or null when none came within the time. */
    String next(long millis) throws InterruptedException {
        String line = lines.poll(millis, TimeUnit.MILLISECONDS);
        if (line != null) {
            seen.add(line);
        }
        return line;
    }

    /** Reads until a line starts with {@code prefix}; fails after 30 s. */
    String until(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String line = next(100);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line '" + prefix + "' from the child; its last lines: " + lastLines());
    }

    /** Reads until {@code count} lines seen so far start with {@code prefix}; fails after 30 s. */
    void untilSeen(String prefix, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (seen.stream().filter(line -> line.startsWith(prefix)).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " lines '" + prefix + "'; the last lines: " + lastLines());
            }
            next(100);
        }
    }

    private List<String> lastLines() {
        return seen.subList(Math.max(0, seen.size() - 20), seen.size());
    }

    /** Every line the child prints within {@code millis}. */
    List<String> during(long millis) throws InterruptedException {
        List<String> got = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            String line = next(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            if (line != null) {
                got.add(line);
            }
        }
        return got;
    }

    int exitStatus(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the child is still alive; its last lines: " + lastLines());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
