package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hidden probe refuses counts it could only meet by creating threads until the system stops it. */
class BenchCommandTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = ForkfulCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aProbeOfMoreUnitsThanItCanHoldIsRefusedBeforeAnyIsCreated() {
        assertThat(run("bench", "--probe", "thread", "2147483647")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--probe: 2147483647 units of thread; a thread probe holds 0 to 10000");
        assertThat(run("bench", "--probe", "virtual", "-1")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("a virtual probe holds 0 to 1000000");
    }
}
