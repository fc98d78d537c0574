package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hidden probe refuses counts it could only meet by creating threads until the system stops it. */
class BenchCommandTest {
    private final Cli cli = new Cli();

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aProbeOfMoreUnitsThanItCanHoldIsRefusedBeforeAnyIsCreated() {
        assertThat(cli.run("bench", "--probe", "thread", "2147483647")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err.toString()).contains("--probe: 2147483647 units of thread; a thread probe holds 0 to 10000");
        assertThat(cli.run("bench", "--probe", "virtual", "-1")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err.toString()).contains("a virtual probe holds 0 to 1000000");
    }
}
