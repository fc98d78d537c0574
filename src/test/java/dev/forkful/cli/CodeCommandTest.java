package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
    private static final String SOUP = "levels/02-soup-kitchen.toml";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int code(String... args) {
        var cl = ForkfulCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "code";
        System.arraycopy(args, 0, all, 1, args.length);
        return cl.execute(all);
    }

    /** A level "odd" with this title (as TOML writes it) and one task "soup" of these keys. */
    private Path level(String title, String soup) throws IOException {
        return Files.writeString(dir.resolve("odd.toml"), "format = 1\nid = \"odd\"\ntitle = " + title
                + "\n[[task]]\nid = \"soup\"\n" + soup + "\n");
    }

    @Test
    void thePythonProgramOpensWithTheLevelThePlanAndWhatTheModelMeans() {
        assertThat(code(SOUP, "--plan", "soup=coroutine")).isZero();

        assertThat(out.toString()).startsWith("#!/usr/bin/env python3\n# Written by `forkful code " + SOUP
                        + " --plan soup=coroutine --lang python`.\n# Level \"soup-kitchen\" (The Soup Kitchen), plan: soup=coroutine.")
                .contains("#   one thread runs an asyncio event loop with one coroutine per order (asyncio.gather)")
                .contains("    await asyncio.sleep(0.2)  # simmer: wait 200ms")
                .contains("\"orders\": 24, \"every\": 0.0, \"model\": \"coroutine\"")
                .doesNotContain("ProcessPoolExecutor(task").doesNotContain("FAULTS");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void threadChefsSleepWhereCoroutinesAwait() {
        assertThat(code("soup-kitchen", "--plan", "soup=thread:4")).isZero();

        assertThat(out.toString()).contains("    time.sleep(0.2)  # simmer: wait 200ms: this chef sleeps, the others cook on")
                .contains("ThreadPoolExecutor(max_workers=task[\"workers\"])").doesNotContain("async def cook_soup");
    }

    @Test
    void theJavaProgramIsOneSourceFileWithTheKitchensThePlanUses() {
        assertThat(code(SOUP, "--plan", "soup=process:3", "--lang", "java")).isZero();

        assertThat(out.toString()).startsWith("// Written by `forkful code " + SOUP + " --plan soup=process:3 --lang java`.")
                .contains("class Program {").contains("new ProcessBuilder(command)")
                .contains("new Task(\"soup\", \"process:3\", \"process\", 3, true, 24, 0L, List.of(")
                .contains("Step.waiting(\"simmer\", 200000000L)")
                .doesNotContain("newVirtualThreadPerTaskExecutor").doesNotContain("static final class EventLoop");
    }

    @Test
    void pythonSaysThatItHasNoVirtualThreads() throws IOException {
        Path level = level("\"V\"", "orders = 3000\nmodels = [\"virtual\"]\nsteps = [ { do = \"simmer\", wait = \"1ms\" } ]");

        assertThat(code(level.toString())).isZero();

        assertThat(out.toString()).contains("#   Python has no virtual threads").contains("one OS thread per order, 500 at most")
                .contains("\"workers\": 500");
    }

    @Test
    void withFaultsTheSeedsStrikesAreWrittenInOtherwiseNone() {
        String level = "src/test/resources/levels-it/segfault.toml";
        assertThat(code(level, "--plan", "dish=thread:2")).isZero();
        assertThat(out.toString()).contains("# Faults: none here; add --faults").doesNotContain("os.kill");

        out.getBuffer().setLength(0);
        assertThat(code(level, "--plan", "dish=thread:2", "--faults")).isZero();
        // the same orders as FaultDice gives the engine for seed 1 (order 1 and 5 at the flambe, step 0)
        assertThat(out.toString()).contains("FAULTS = {\"dish\": {1: (0, \"segfault\"), 5: (0, \"segfault\")}}")
                .contains("os.kill(os.getpid(), signal.SIGSEGV)").contains("    strike(FAULTS[\"dish\"], order, 0)");
    }

    @Test
    void levelTextCannotBreakOutOfACommentOrAString() throws IOException {
        Path level = level("'Odd \\u000a System.exit(3);'", "orders = 1\nsteps = [ { do = \"chop\\n\\\"os.system\\\"\", cpu = \"1ms\" } ]");

        assertThat(code(level.toString(), "--lang", "java")).isZero();
        assertThat(out.toString()).contains("// Level \"odd\" (Odd \\\\u000a System.exit(3);)")
                .contains("Step.cpu(\"chop\\012\\\"os.system\\\"\", 1000000L)");

        out.getBuffer().setLength(0);
        assertThat(code(level.toString())).isZero();
        assertThat(out.toString()).contains("    spin(0.001)  # chop^J\"os.system\": cpu 1ms");
    }

    @Test
    void badInputSaysWhatIsWrongAndExitsOne() {
        assertThat(code(SOUP, "--plan", "soup=coroutne")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no model \"coroutne\"").contains("did you mean \"coroutine\"");

        err.getBuffer().setLength(0);
        assertThat(code(SOUP, "--lang", "pyton")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("--lang pyton: write python or java; did you mean \"python\"?\n");

        err.getBuffer().setLength(0);
        assertThat(code(dir.resolve("nowhere.toml").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("nowhere.toml").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theResultsScreenGetsTheSameProgramAsCodePrintsWithoutFaults() throws Exception {
        dev.forkful.level.Level soup = dev.forkful.level.LevelLoader.load(Path.of(SOUP));
        dev.forkful.engine.Plan plan = dev.forkful.engine.PlanParser.parse(soup, java.util.List.of("soup=coroutine"));
        assertThat(code(SOUP, "--plan", "soup=coroutine")).isZero();

        assertThat(CodeCommand.program(soup, plan, "python")).isEqualTo(out.toString());
        assertThat(CodeCommand.program(soup, plan, "java")).contains("class Program");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CodeCommand.program(soup, plan, "cobol"))
                .hasMessage("no language cobol");
    }
}
