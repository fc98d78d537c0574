package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line built for a start: only the commands it names, the whole tree where it needs it. */
class ForkfulCommandTest {

    @Test
    void theGameAloneBuildsNoSubcommand() {
        assertThat(ForkfulCommand.commandLineFor().getSubcommands()).isEmpty();
    }

    @Test
    void aSubcommandFirstBuildsThatOneOnly() {
        assertThat(ForkfulCommand.commandLineFor("run", "01", "--json").getSubcommands()).containsOnlyKeys("run");
        assertThat(ForkfulCommand.commandLineFor("worker").getSubcommands()).containsOnlyKeys("worker");
    }

    @Test
    void helpCompletionOptionsAndTyposGetTheWholeTree() {
        int all = ForkfulCommand.commandLine().getSubcommands().size();
        assertThat(all).isEqualTo(13);
        for (String first : new String[] {"help", "generate-completion", "--help", "--theme", "rn"}) {
            assertThat(ForkfulCommand.commandLineFor(first).getSubcommands()).as(first).hasSize(all);
        }
    }

    @Test
    void badInputExitsOneOnTheLeanLineToo() {
        assertThat(ForkfulCommand.commandLineFor("run", "--repeat", "x").getSubcommands().get("run")
                .getCommandSpec().exitCodeOnInvalidInput()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(new Cli().run("run", "--repeat", "x")).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void anErrorOutsidePicocliIsOneLineAndExitOne() {
        StringWriter err = new StringWriter();
        assertThat(FriendlyErrors.report(new IllegalStateException("no terminal"), new PrintWriter(err))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("forkful: no terminal" + System.lineSeparator());
    }

    @Test
    void theVersionAloneBuildsNoSubcommandAndPicocliPrintsIt() {
        assertThat(ForkfulCommand.commandLineFor("--version").getSubcommands()).isEmpty();
        assertThat(ForkfulCommand.commandLineFor("-V").getSubcommands()).isEmpty();
        StringWriter out = new StringWriter();
        CommandLine cl = ForkfulCommand.commandLineFor("--version");
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("--version")).isZero();
        assertThat(out.toString()).startsWith("forkful ").contains("Java ");
    }

    @Test
    void onlyTheVersionOptionAloneIsAVersionRequest() {
        assertThat(VersionProvider.asked("--version")).isTrue();
        assertThat(VersionProvider.asked("-V")).isTrue();
        assertThat(VersionProvider.asked("-V", "--help")).isFalse();
        assertThat(VersionProvider.asked("run", "--version")).isFalse();
        assertThat(VersionProvider.asked()).isFalse();
    }
}
