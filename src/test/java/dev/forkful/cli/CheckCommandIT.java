package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code forkful check} through the real jar, as a player or CI runs it. */
class CheckCommandIT {
    private static final Path INVALID = Path.of("src/test/resources/levels-invalid");

    record Run(int exit, String out, String err) {}

    private static Run forkful(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-jar");
        command.add(System.getProperty("forkful.jar"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("forkful-check", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("forkful check did not finish");
            }
            return new Run(p.exitValue(), out, Files.readString(err));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }

    @Test
    @Timeout(120)
    void theStarterLevelsAreValid() throws Exception {
        Run run = forkful("check", "levels");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("""
                levels/01-chopping-board.toml: ok (1 task)
                  ideal time on 2 cores: 0.600s (salad 0.600s)
                levels/02-soup-kitchen.toml: ok (1 task)
                  ideal time on 2 cores: 0.200s (soup 0.200s)
                levels/03-mixed-grill.toml: ok (2 tasks)
                  ideal time on 2 cores: 0.210s (skewers 0.155s, salad 0.205s)
                """);
    }

    @Test
    @Timeout(120)
    void everyBrokenLevelGetsItsExpectedLinesAndExitOne() throws Exception {
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(INVALID)) {
            for (Path e : files.filter(f -> f.toString().endsWith(".expected")).sorted().toList()) {
                Files.readAllLines(e).forEach(line -> expected.add(INVALID + "/" + line));
            }
        }

        Run run = forkful("check", INVALID.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactlyElementsOf(expected);
    }

    @Test
    @Timeout(300)
    void theTomlSuiteIsAnsweredWithoutAStackTraceOrAHang() throws Exception {
        Path suite = Path.of("src/test/resources/toml-test/tests/invalid");
        List<String> args = new ArrayList<>(List.of("check", suite.toString()));
        try (Stream<Path> walk = Files.walk(suite)) {
            // a folder is searched for *.toml only: name the suite's .multi documents one by one
            walk.filter(f -> f.toString().endsWith(".multi")).sorted().forEach(f -> args.add(f.toString()));
        }

        Run run = forkful(args.toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).as("no invalid document passes").isEmpty();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines().map(l -> l.substring(0, l.indexOf(".toml") < 0 ? l.indexOf(".multi") : l.indexOf(".toml")))
                .distinct().count()).isEqualTo(515);
    }
}
