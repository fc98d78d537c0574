package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code --version} builds no picocli model and loads no subcommand (the classes the JVM
 * says it loaded): the version is what picocli's version provider says, printed without the model that
 * would cost more than the rest of the start; and the picocli the jar runs with has class files that
 * JDK 25's AOT cache can hold (version 50 or more: scripts/aot-cache rewrites its Java 5 ones), else
 * every start would load and verify them from the jar; and a run's score formats its numbers without
 * initializing the JDK's locale data. (Which subcommands a command line builds is
 * {@code cli.ForkfulCommandTest}'s.)
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LeanStartIT {
    private static final int FIRST_CACHEABLE_VERSION = 50;

    @TempDir
    Path dir;

    @Test
    void versionLoadsNoPicocliModel() throws Exception {
        List<String> loaded = loadedBy("--version");
        assertThat(loaded).contains("dev.forkful.cli.VersionProvider").doesNotContain("picocli.CommandLine",
                "dev.forkful.cli.RunCommand", "dev.forkful.cli.PlayCommand", "dev.forkful.cli.LevelsCommand");
    }

    @Test
    void aRunAndItsScoreInitializeNoLocaleData() throws Exception {
        Path log = dir.resolve("init.log");
        run("-Xlog:class+init=info:file=" + log + ":none", "run", "levels/01-chopping-board.toml", "--plan", "salad=thread:2");
        assertThat(Files.readString(log)).as("the score's numbers are formatted with no locale (level.Plain)")
                .contains("dev/forkful/score/StarRating").doesNotContain("sun/util/cldr/CLDRLocaleProviderAdapter");
    }

    @Test
    void picocliShipsClassFilesTheAotCacheCanHold() throws IOException {
        Path picocli;
        try (var libs = Files.list(jar().toAbsolutePath().resolveSibling("lib"))) {
            picocli = libs.filter(p -> p.getFileName().toString().startsWith("picocli-")).findFirst().orElseThrow();
        }
        try (JarFile jar = new JarFile(picocli.toFile());
                InputStream in = jar.getInputStream(jar.getEntry("picocli/CommandLine.class"))) {
            DataInputStream data = new DataInputStream(in);
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort(); // minor
            assertThat(data.readUnsignedShort()).as("class file version of " + picocli).isGreaterThanOrEqualTo(FIRST_CACHEABLE_VERSION);
        }
    }

    private static Path jar() {
        return Path.of(System.getProperty("forkful.jar", "target/forkful.jar"));
    }

    /** The classes the jar's JVM loads for {@code args}, which must exit 0. */
    private List<String> loadedBy(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        run("-Xlog:class+load=info:file=" + log + ":none", args);
        // "dev.forkful.cli.Main source: ..." a line
        return Files.readAllLines(log).stream().map(line -> line.split(" ", 2)[0]).toList();
    }

    /** Runs the jar's JVM with {@code jvmOption} and {@code args}, which must exit 0. */
    private void run(String jvmOption, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", jvmOption, "-jar", jar().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("forkful finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isZero();
    }
}
