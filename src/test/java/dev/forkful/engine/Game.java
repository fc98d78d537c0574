package dev.forkful.engine;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.level.LevelLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real game for integration tests: {@code target/forkful.jar} on this test's JVM. */
final class Game {
    private Game() {
    }

    static Path jar() {
        return Path.of(System.getProperty("forkful.jar", "target/forkful.jar"));
    }

    static Path level(String name) {
        return Path.of("src/test/resources/levels-it", name + ".toml");
    }

    static Level load(String name) throws LevelException {
        return LevelLoader.load(level(name));
    }

    static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    /** The game's command line: this JVM, the jar, then {@code args}. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    record Result(int exit, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("forkful-it", ".out");
        Path err = Files.createTempFile("forkful-it", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("the game did not end within 90 s: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return run(command(args));
    }

    /** {@code run LEVEL --json --plan PLAN [more]}: the score, after checking that it played. */
    static JsonObject play(String level, String plan, String... more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("run", level(level).toString(), "--json", "--plan", plan));
        args.addAll(List.of(more));
        Result r = run(args.toArray(String[]::new));
        if (r.exit() != 0) {
            throw new AssertionError("run " + level + " " + plan + " exited " + r.exit() + ": " + r.err());
        }
        return r.json();
    }
}
