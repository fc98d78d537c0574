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
        tmux("new-session", "-d", "-s", name, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "bash " + script);
        return this;
    }

    /**
     * Starts an interactive shell with job control (Ctrl-Z, {@code fg}) in a new session; the
     * status of each command it ran is written to {@code last-status} before its next prompt.
     */
    Tmux startShell(int columns, int rows) throws IOException, InterruptedException {
        Path rc = dir.resolve("shellrc");
        Files.writeString(rc, String.join("\n",
                "export " + marker + " XDG_DATA_HOME=" + dir.resolve("data"),
                "PS1='$ '",
                "PROMPT_COMMAND='echo $? > " + dir.resolve("last-status") + "'", ""));
        tmux("new-session", "-d", "-s", name, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "bash --noprofile --rcfile " + rc + " -i");
        return this;
    }

    /** Types a command line into the session's shell and presses Enter. */
    void command(String line) throws IOException, InterruptedException {
        type(line);
        keys("Enter");
    }

    void keys(String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("send-keys", "-t", name));
        cmd.addAll(List.of(keys));
        tmux(cmd.toArray(String[]::new));
    }

    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", name, "-l", text);
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", name);
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

    /** Waits until the interactive shell's last command ended with {@code status}. */
    void awaitStatus(int status) throws IOException, InterruptedException {
        Path file = dir.resolve("last-status");
        waitFor("the shell's last status to be " + status, s -> {
            try {
                return Files.exists(file) && Files.readString(file).strip().equals(String.valueOf(status));
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(30));
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

    /**
     * A tmux command on this session's own server (its own socket): tests that run at once, here or
     * in another build on the machine, never end each other's server by closing its last session.
     */
    String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", name));
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
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
        new ProcessBuilder("tmux", "-L", name, "kill-server").redirectErrorStream(true).start().waitFor();
    }
}
