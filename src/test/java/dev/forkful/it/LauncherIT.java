package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code forkful} launcher script where the environment is thin: no HOME (cron, services,
 * {@code env -u HOME}). It runs from a copy in a folder with no sources, beside a link to the
 * packaged game, so it never rebuilds the game.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LauncherIT {
    @TempDir
    Path dir;

    record Run(int exit, String output) {}

    private Run launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return launcherAs(dir.resolve("forkful").toString(), dir, env, args);
    }

    /** Runs the launcher named as {@code name} (a path, maybe relative) from the folder {@code cwd}. */
    private Run launcherAs(String name, Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        if (!Files.exists(dir.resolve("forkful"))) {
            // the packaged jar with its lib/ folder (and AOT cache) beside it, as the launcher expects them
            Files.createSymbolicLink(dir.resolve("target"), Path.of(System.getProperty("forkful.jar")).toAbsolutePath().getParent());
            Files.copy(Path.of("forkful"), dir.resolve("forkful"));
        }
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(name))).directory(cwd.toFile());
        pb.command().addAll(List.of(args));
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    /** PATH only, HOME unset: the JDK is found in the usual places or on PATH. */
    private static Map<String, String> withoutHome() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        return env;
    }

    @Test
    void versionWorksWithoutHome() throws Exception {
        Run run = launcher(withoutHome(), "--version");

        assertThat(run.output()).doesNotContain("unbound variable").doesNotContain("needs a JDK").contains("forkful");
        assertThat(run.exit()).isZero();
    }

    /** Named relatively, with and without dots, the launcher still finds the game beside it. */
    @Test
    void relativeNamesFindTheGame() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        for (Run run : List.of(launcherAs("./forkful", dir, withoutHome(), "--version"),
                launcherAs("../forkful", dir.resolve("sub"), withoutHome(), "--version"),
                launcherAs(dir.getFileName() + "/forkful", dir.getParent(), withoutHome(), "--version"))) {
            assertThat(run.output()).contains("forkful ").doesNotContain("building");
            assertThat(run.exit()).isZero();
        }
    }

    /**
     * A javac on PATH that links to a JDK outside the usual places names that JDK (found by following the
     * link), and one that is too old is passed over for a JDK that fits.
     */
    @Test
    void pathJavacIsFollowedToItsJdk() throws Exception {
        Path home = Path.of(System.getProperty("java.home"));
        Path elsewhere = dir.resolve("elsewhere");
        Files.createSymbolicLink(elsewhere, home);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("javac"), elsewhere.resolve("bin/javac"));
        Map<String, String> env = withoutHome();
        env.put("PATH", bin + ":/usr/bin:/bin");

        Run run = launcher(env, "--print-java-home");

        assertThat(Path.of(run.output().strip()).toRealPath()).isEqualTo(home.toRealPath());
        assertThat(run.exit()).isZero();

        Path old = Files.createDirectories(dir.resolve("old/bin"));
        Files.writeString(dir.resolve("old/release"), "JAVA_VERSION=\"17.0.2\"\n");
        for (String tool : List.of("java", "javac")) {
            Files.writeString(old.resolve(tool), "#!/bin/sh\nexit 1\n");
            old.resolve(tool).toFile().setExecutable(true);
        }
        env.put("PATH", old + ":/usr/bin:/bin");
        env.put("FORKFUL_JAVA_HOME", "");
        Run past = launcher(env, "--print-java-home");

        assertThat(past.output().strip()).isNotEqualTo(dir.resolve("old").toString()).doesNotContain("needs a JDK");
        assertThat(past.exit()).isZero();
    }

    /**
     * A JDK 25 AOT cache loads all its classes at every start: {@code --version} alone takes a cache of its
     * own (scripts/aot-cache), so it loads far fewer classes than a command started with the game's cache.
     */
    @Test
    void versionStartsWithACacheOfItsOwn() throws Exception {
        assertThat(Path.of(System.getProperty("forkful.jar")).resolveSibling("forkful-version.aot")).isRegularFile();

        long version = classesLoadedBy("--version");
        long levels = classesLoadedBy("levels");

        assertThat(version).as("classes loaded by --version, against %d by levels", levels).isLessThan(levels / 2);
    }

    private long classesLoadedBy(String... args) throws Exception {
        Path log = dir.resolve("classes-" + args[0] + ".log");
        Map<String, String> env = withoutHome();
        env.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log + ":none");
        Run run = launcher(env, args);
        assertThat(run.exit()).as(run.output()).isZero();
        return Files.readAllLines(log).size();
    }

    @Test
    void forkfulJavaHomeIsUsedWithoutHome() throws Exception {
        Map<String, String> env = withoutHome();
        env.put("PATH", "/usr/bin:/bin");
        env.put("FORKFUL_JAVA_HOME", System.getProperty("java.home"));

        Run home = launcher(env, "--print-java-home");
        Run version = launcher(env, "--version");

        assertThat(home.output().strip()).isEqualTo(System.getProperty("java.home"));
        assertThat(home.exit()).isZero();
        assertThat(version.output()).doesNotContain("unbound variable").contains("forkful");
        assertThat(version.exit()).isZero();
    }
}
