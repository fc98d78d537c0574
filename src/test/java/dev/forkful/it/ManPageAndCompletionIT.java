package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the build generates for the archives: the man pages render with {@code man -l}, and the bash
 * completion script completes subcommands and options when bash sources it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ManPageAndCompletionIT {
    static final Path TARGET = Path.of(System.getProperty("forkful.jar", "target/forkful.jar")).toAbsolutePath().getParent();

    @Test
    void theManPagesRenderWithEverySubcommand() throws Exception {
        String page = run(Map.of("MANWIDTH", "100"), "man", "-l", TARGET.resolve("man/man1/forkful.1").toString());
        assertThat(page).contains("FORKFUL(1)", "NAME", "SYNOPSIS", "forkful [-hV]")
                .contains("play", "shell", "run", "check", "levels", "bench", "doctor", "generate-completion")
                .doesNotContain("worker");
        String doctor = run(Map.of("MANWIDTH", "100"), "man", "-l", TARGET.resolve("man/man1/forkful-doctor.1").toString());
        assertThat(doctor).contains("FORKFUL-DOCTOR(1)", "a problem was found");
        try (var pages = Files.list(TARGET.resolve("man/man1"))) {
            assertThat(pages.map(p -> p.getFileName().toString()).toList())
                    .contains("forkful-run.1", "forkful-check.1", "forkful-doctor.1");
        }
    }

    @Test
    void bashCompletesSubcommandsAndOptions() throws Exception {
        assertThat(complete("forkful", "ch")).containsExactly("check");
        assertThat(complete("forkful", "d")).containsExactly("doctor");
        assertThat(complete("forkful", "")).contains("play", "shell", "run", "check", "levels", "bench", "doctor")
                .doesNotContain("worker");
        assertThat(complete("forkful", "--no")).containsExactly("--no-color");
    }

    /** The words bash would offer for the last of {@code words}, as the completion function computes them. */
    private static List<String> complete(String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        String script = "source '" + TARGET.resolve("forkful_completion") + "'; COMP_WORDS=(" + array + " ); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + String.join(" ", words) + "'; COMP_POINT=${#COMP_LINE};"
                + " _picocli_forkful; printf '%s\\n' \"${COMPREPLY[@]}\"";
        return run(Map.of(), "bash", "-c", script).lines().filter(l -> !l.isBlank()).toList();
    }

    private static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + " said:\n" + out).isZero();
        return out;
    }
}
