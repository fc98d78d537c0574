package dev.forkful.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.cli.ForkfulCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program that {@code forkful code} wrote, run to its end (or killed at a deadline, with every process
 * it started), and the figures it printed.
 *
 * @param exit the exit status; 128 + N when signal N ended it
 */
record ProgramRun(int exit, String out, String err) {
    private static final Pattern WALL = Pattern.compile("(?m)^wall time: ([0-9.]+) s$");
    private static final Pattern LOST = Pattern.compile("(?m)^lost updates: (\\d+)");
    private static final Pattern CPU = Pattern.compile("(?m)^cpu time: ([0-9.]+) s \\(([0-9.]+) cores busy on average\\)$");

    /** Writes the program for these {@code forkful code} arguments into {@code dir}/{@code file}, through the real command line. */
    static Path write(Path dir, String file, String... codeArgs) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = ForkfulCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("code"));
        args.addAll(List.of(codeArgs));
        assertThat(cl.execute(args.toArray(String[]::new))).as("forkful %s: %s", args, err).isZero();
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(file), out.toString());
    }

    /** Runs {@code command} in {@code dir}; past {@code limit}, or on any way out, it and its children are killed. */
    static ProgramRun run(Path dir, Duration limit, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            boolean ended = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(ended).as("%s ended within %s; it printed: %s", List.of(command), limit, Files.readString(out)).isTrue();
            return new ProgramRun(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** It ended by itself and printed every figure. */
    ProgramRun completed() {
        assertThat(exit).as("exit status; stderr: %s; stdout: %s", err, out).isZero();
        assertThat(out).containsPattern(WALL).containsPattern("(?m)^throughput: [0-9.]+ dishes/s$")
                .containsPattern(LOST).containsPattern(CPU);
        return this;
    }

    double wall() {
        return number(WALL, 1);
    }

    long lostUpdates() {
        return (long) number(LOST, 1);
    }

    /** CPU time over wall time: how many cores it kept busy on average. */
    double cores() {
        return number(CPU, 2);
    }

    private double number(Pattern p, int group) {
        Matcher m = p.matcher(out);
        assertThat(m.find()).as("%s in %s", p, out).isTrue();
        return Double.parseDouble(m.group(group));
    }
}
