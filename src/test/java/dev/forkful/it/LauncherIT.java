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
        if (!Files.exists(dir.resolve("forkful"))) {
            // the packaged jar with its lib/ folder (and AOT cache) beside it, as the launcher expects them
            Files.createSymbolicLink(dir.resolve("target"), Path.of(System.getProperty("forkful.jar")).toAbsolutePath().getParent());
            Files.copy(Path.of("forkful"), dir.resolve("forkful"));
        }
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(dir.resolve("forkful").toString())));
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
