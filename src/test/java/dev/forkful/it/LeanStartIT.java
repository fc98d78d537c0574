package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code --version} loads no picocli (the classes the JVM says it loaded): its Java 5
 * class files and its model were most of that start. (Which subcommands a command line builds is
 * {@code cli.ForkfulCommandTest}'s.)
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LeanStartIT {
    @TempDir
    Path dir;

    @Test
    void versionLoadsNoPicocli() throws Exception {
        List<String> loaded = loadedBy("--version");
        assertThat(loaded).contains("dev.forkful.cli.VersionProvider").doesNotContain("picocli.CommandLine");
    }

    /** The classes the jar's JVM loads for {@code args}, which must exit 0. */
    private List<String> loadedBy(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-Xlog:class+load=info:file=" + log + ":none", "-jar",
                System.getProperty("forkful.jar", "target/forkful.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("forkful finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isZero();
        // "dev.forkful.cli.Main source: ..." a line
        return Files.readAllLines(log).stream().map(line -> line.split(" ", 2)[0]).toList();
    }
}
