package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The bad-input side of {@code forkful run}: one clear line and exit 1, before any kitchen starts. */
class RunCommandTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = ForkfulCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void anUnknownLevelIsBadInput() {
        assertThat(run("run", "no-such-level", "--plan", "salad=thread:2")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no-such-level").doesNotContain("Exception");
    }

    @Test
    void anUnknownModelIsBadInputWithASuggestion() {
        assertThat(run("run", "chopping-board", "--plan", "salad=threads:2")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no model 'threads'").contains("did you mean \"thread\"");
    }

    @Test
    void tooManyWorkersIsBadInput() {
        assertThat(run("run", "chopping-board", "--plan", "salad=process:99")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("at most");
    }
}
