package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code forkful check} through the real jar, as a player or CI runs it. */
class CheckCommandIT {
    private static final Path INVALID = Path.of("src/test/resources/levels-invalid");

    record Run(int exit, String out, String err) {}

    private static Run forkful(String... args) throws IOException, InterruptedException {
        return forkful(List.of(), args);
    }

    /** The jar's {@code args}, started through {@code prefix} (another user, say). */
    private static Run forkful(List<String> prefix, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
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
        // the workshop's folder (levels/workshop/, checked in WorkshopLevelsTest) follows the campaign's files
        assertThat(run.out()).startsWith("""
                levels/01-chopping-board.toml: ok (1 task)
                  ideal time on 2 cores: 0.600s (salad 0.600s)
                levels/02-soup-kitchen.toml: ok (1 task)
                  ideal time on 2 cores: 0.200s (soup 0.200s)
                levels/03-mixed-grill.toml: ok (2 tasks)
                  ideal time on 2 cores: 0.210s (skewers 0.155s, salad 0.205s)
                levels/04-lunch-rush.toml: ok (1 task)
                  ideal time on 2 cores: 0.881s (soup 0.881s)
                levels/05-shared-fridge.toml: ok (1 task)
                  ideal time on 2 cores: 0.400s (pancakes 0.400s)
                levels/06-python-rules.toml: ok (1 task)
                  ideal time on 2 cores: 0.600s (dough 0.600s)
                levels/07-fire-hazard.toml: ok (1 task)
                  ideal time on 2 cores: 1.227s (crepes 1.227s)
                levels/08-bad-dish.toml: ok (1 task)
                  ideal time on 2 cores: 0.202s (souffle 0.202s)
                levels/09-delivery-car.toml: ok (1 task)
                  ideal time on 2 cores: 0.200s (pasta 0.200s)
                levels/10-daydreamer.toml: ok (1 task)
                  ideal time on 2 cores: 0.101s (tea 0.101s)
                levels/11-old-microwave.toml: ok (1 task)
                  ideal time on 2 cores: 0.200s (leftovers 0.200s)
                levels/12-banquet.toml: ok (1 task)
                  ideal time on 2 cores: 0.500s (canapes 0.500s)
                levels/13-green-threads.toml: ok (1 task)
                  ideal time on 2 cores: 2.000s (dumplings 2.000s)
                levels/14-two-knives.toml: ok (1 task)
                  ideal time on 2 cores: 0.100s (sushi 0.100s)
                levels/15-spice-race.toml: ok (1 task)
                  ideal time on 2 cores: 0.100s (curry 0.100s)
                levels/16-final-service.toml: ok (3 tasks)
                  ideal time on 2 cores: 0.450s (stock 0.300s, bread 0.400s, flambe 0.101s)
                levels/campaign.toml: ok (6 chapters, 16 levels)
                """).endsWith("levels/workshop/campaign.toml: ok (4 chapters, 8 levels)\n");
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

    /** Every line check writes, ok or error, shows a file name's and a level's escapes; none reaches the terminal. */
    @Test
    @Timeout(120)
    void escapesInFileNamesAndLevelTextAreShownNotWritten(@TempDir Path dir) throws Exception {
        Path hostile = Path.of("src/test/resources/levels-hostile/hostile.toml");
        Path named = Files.copy(hostile, dir.resolve("title\u001b]0;X\u0007.toml"));
        Path broken = Files.writeString(dir.resolve("clear\u001b[2J.toml"),
                Files.readString(hostile).replace("models = [\"thread\"", "models = [\"thread\\u001b]52;c;SGVsbG8=\\u0007\""));

        Run run = forkfulBytes("check", named.toString(), broken.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEqualTo(dir + "/title^[]0;X^G.toml: ok (1 task)\n  ideal time on 2 cores: 0.105s (soup 0.105s)\n");
        assertThat(run.err()).startsWith(dir + "/clear^[[2J.toml:").contains("thread^[]52;c;SGVsbG8=^G");
    }

    private static Run forkfulBytes(String... args) throws IOException, InterruptedException {
        Run run = forkful(args);
        for (String stream : List.of(run.out(), run.err())) {
            assertThat(stream.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f).boxed().toList())
                    .as("control characters written in:%n%s", stream).isEmpty();
        }
        return run;
    }

    /** A folder that cannot be read is said with its reason, and the folders beside it are still checked. */
    @Test
    @Timeout(120)
    void anUnreadableFolderIsSaidAndTheRestIsChecked(@TempDir Path dir) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path levels = Files.createDirectories(dir.resolve("levels"));
        Files.copy(Path.of("levels/01-chopping-board.toml"), Files.createDirectories(levels.resolve("a")).resolve("one.toml"));
        Path locked = Files.createDirectories(levels.resolve("b"));
        Files.copy(Path.of("levels/02-soup-kitchen.toml"), locked.resolve("two.toml"));
        Files.copy(Path.of("levels/03-mixed-grill.toml"), Files.createDirectories(levels.resolve("c")).resolve("three.toml"));
        Path unreadable = Files.copy(Path.of("levels/01-chopping-board.toml"), levels.resolve("mine.toml"));
        for (Path p : List.of(dir, levels, levels.resolve("a"), levels.resolve("c"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        // root reads any folder: as root, check runs as nobody
        List<String> asUser = "root".equals(System.getProperty("user.name"))
                ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
        // a clone in a private folder (mktemp -d makes it 0700) keeps nobody from the game itself: nothing to check then
        Assumptions.assumeTrue(forkful(asUser, "--version").exit() == 0, "the user nobody cannot reach the game's jar from here");
        try {
            Run run = forkful(asUser, "check", levels.toString());

            assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out()).isEqualTo(levels + "/a/one.toml: ok (1 task)\n  ideal time on 2 cores: 0.600s (salad 0.600s)\n"
                    + levels + "/c/three.toml: ok (2 tasks)\n  ideal time on 2 cores: 0.210s (skewers 0.155s, salad 0.205s)\n");
            assertThat(run.err()).isEqualTo(locked + ": cannot read it: permission denied\n"
                    + unreadable + ": cannot read it: permission denied\n");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
