package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code forkful doctor} and {@code --version} through picocli: what they print and their exit codes. */
class DoctorCommandTest {
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        var cl = ForkfulCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    private static KitchenProbe.Result kitchen() {
        return new KitchenProbe.Result(4242, 180, "/opt/forkful/bin/java", 31_000, null);
    }

    private static Checkup healthy() {
        return new Checkup(4, "xterm-256color", true, 120, 40, 256, false, StandardCharsets.UTF_8, Path.of("/tmp"), true, kitchen());
    }

    private static String report(Checkup c) {
        StringWriter text = new StringWriter();
        int code = DoctorCommand.report(c.findings(), new PrintWriter(text));
        return code + "\n" + text;
    }

    @Test
    void versionNamesTheCommitAndTheRuntime() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("forkful \\S+ \\(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\\)")
                .contains("Java " + Runtime.version()).contains(System.getProperty("java.home"));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void doctorStartsAKitchenAndItsExitCodeSaysWhetherThereWasAProblem() {
        int code = run("doctor");
        String text = out.toString();
        assertThat(text).contains("java", "cores", "terminal", "encoding", "data folder")
                .containsPattern("kitchens +pid \\d+ started and answered in \\d+ ms")
                .containsPattern("calibration +\\d+ units of work per ms");
        // tests run without a terminal: the doctor says so, with what to do, and exits 4
        assertThat(text).contains("!! terminal").contains("the game plays in line mode");
        assertThat(code).isEqualTo(text.contains("!!") ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK);
    }

    @Test
    void aHealthyMachineHasNothingToDo() {
        assertThat(report(healthy())).startsWith("0\n").doesNotContain("!!").doesNotContain("->")
                .contains("120×40").contains("256 colours").contains("pid 4242 started and answered in 180 ms")
                .contains("31000 units of work per ms").endsWith("Nothing to do: forkful can play here.\n");
    }

    @Test
    void eachProblemSaysWhatToDo() {
        Checkup bad = new Checkup(1, "vt100", true, 70, 20, 2, false, StandardCharsets.ISO_8859_1, Path.of("/proc/forkful"),
                false, new KitchenProbe.Result(0, 0, "", 0, "Cannot run program"));
        String text = report(bad);
        assertThat(text).startsWith(ExitCodes.PROBLEMS_FOUND + "\n");
        assertThat(text.lines().filter(l -> l.contains("-> ")).toList()).hasSize(6);
        assertThat(text).contains("play on a machine (or VM) with 2 or more cores", "smaller than 80×24",
                "export LANG=C.UTF-8", "--no-color", "set XDG_DATA_HOME", "none could start: Cannot run program",
                "6 problems found");
        assertThat(text).doesNotContain("calibration");
    }

    @Test
    void noColorAndAMissingTerminalAreReportedPlainly() {
        Checkup c = new Checkup(2, null, false, 0, 0, -1, true, StandardCharsets.UTF_8, Path.of("/tmp"), true, kitchen());
        List<String> lines = report(c).lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("ok colour") && l.contains("off (NO_COLOR is set)"));
        assertThat(lines).anyMatch(l -> l.startsWith("!! terminal") && l.contains("TERM=null"));
    }
}
