package dev.forkful.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One tmux session running the real game jar with the current JVM, for end-to-end tests. Each
 * session has a unique name and a marker in its environment, so that a test can find every
 * process the game started (and fail when one outlives it); {@link #close} kills the session.
 */
final class Tmux implements AutoCloseable {
    final String name = "forkful-it-" + UUID.randomUUID().toString().substring(0, 8);
    final String marker = "FORKFUL_IT_MARKER=" + name;
    final Path dir;

    Tmux(Path dir) {
        this.dir = dir;
    }

    /** The java command line for the game jar, with the native-access option JLine wants. */
    static String game(String args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("forkful.jar", "target/forkful.jar");
        return java + " --enable-native-access=ALL-UNNAMED -jar " + jar + (args.isEmpty() ? "" : " " + args);
    }

    /**
     * Starts {@code command} in a shell inside a new session of the given size; the shell records the
     * tty settings before and after it, and its exit status, in files of {@link #dir}.
     */
    Tmux start(String command, int columns, int rows, String env) throws IOException, InterruptedException {
        Path script = dir.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "export " + marker + " XDG_DATA_HOME=" + dir.resolve("data") + " " + env,
                "stty -a > " + dir.resolve("stty-before"),
                command,
                // written whole, then renamed: a reader that sees stty-after sees both files complete
                "echo $? > " + dir.resolve("exit-status"),
                "stty -a > " + dir.resolve("stty-after.part"),
                "mv " + dir.resolve("stty-after.part") + " " + dir.resolve("stty-after"),
                "echo GAME-OVER",
                "exec sleep 600", ""));
        run("tmux", "new-session", "-d", "-s", name, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "bash " + script);
        return this;
    }

    void keys(String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", name));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(String[]::new));
    }

    void type(String text) throws IOException, InterruptedException {
        run("tmux", "send-keys", "-t", name, "-l", text);
    }

    String screen() throws IOException, InterruptedException {
        return run("tmux", "capture-pane", "-p", "-t", name);
    }

    /** Waits until the visible screen satisfies {@code condition}; fails with the screen when it does not in time. */
    String waitFor(String what, Predicate<String> condition, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + "s for " + what + "; the screen:\n" + screen);
            }
            Thread.sleep(100);
            screen = screen();
        }
        return screen;
    }

    String waitFor(String text, Duration timeout) throws IOException, InterruptedException {
        return waitFor("'" + text + "'", s -> s.contains(text), timeout);
    }

    /** The game's exit status, once the shell has written it. */
    int exitStatus() throws IOException, InterruptedException {
        waitFor("the game to end", s -> Files.exists(dir.resolve("stty-after")), Duration.ofSeconds(30));
        return Integer.parseInt(Files.readString(dir.resolve("exit-status")).strip());
    }

    String stty(String when) throws IOException {
        return Files.readString(dir.resolve("stty-" + when));
    }

    /** Pids of processes that carry this session's marker, other than the shell that started the game. */
    List<Long> processesWithMarker() throws IOException {
        return javaProcessesWith(marker);
    }

    /** Pids of java processes whose environment holds {@code marker} (a game run and its kitchens). */
    static List<Long> javaProcessesWith(String marker) throws IOException {
        List<Long> found = new ArrayList<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String env = new String(Files.readAllBytes(p.resolve("environ")), StandardCharsets.UTF_8);
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (env.contains(marker) && cmd.contains("java")) {
                        found.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException gone) {
                    // the process ended or is not ours to read
                }
            }
        }
        return found;
    }

    static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("tmux", "kill-session", "-t", name).redirectErrorStream(true).start().waitFor();
    }
}
