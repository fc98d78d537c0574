package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.view.Style;
import dev.forkful.view.Theme;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --theme}, {@code --no-color} and {@code NO_COLOR}: which theme the full screen draws in. */
class ThemeOptionTest {
    private static PlayOptions parsed(String... args) {
        PlayCommand play = new PlayCommand();
        new CommandLine(play).parseArgs(args);
        return play.options;
    }

    private static Theme theme(String noColor, String... args) {
        return parsed(args).style(noColor).map(Style::theme).orElseThrow();
    }

    @Test
    void noColorPicksThePlainThemeAndANamedThemeWinsOverIt() {
        assertThat(theme(null).name()).isEqualTo("default");
        assertThat(theme("1").name()).isEqualTo("plain");
        assertThat(theme("1").colored()).isFalse();
        // no-color.org: an empty NO_COLOR is as good as unset
        assertThat(theme("").name()).isEqualTo("default");
        assertThat(theme(null, "--no-color").name()).isEqualTo("plain");
        assertThat(theme("1", "--theme", "high-contrast").name()).isEqualTo("high-contrast");
        assertThat(theme(null, "--no-color", "--theme", "high-contrast").name()).as("--no-color wins").isEqualTo("plain");
        assertThat(theme(null, "--theme", "plain").name()).isEqualTo("plain");
    }

    @Test
    void anUnknownThemeIsRefusedWithTheLikelyOneAndExitsOne() {
        assertThat(parsed("--theme", "hgih-contrast").style(null)).isEmpty();
        PrintStream was = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = new Cli().run("play", "--theme", "hgih-contrast");
        } finally {
            System.setErr(was);
        }
        assertThat(status).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "forkful: no theme \"hgih-contrast\"; did you mean \"high-contrast\"? (the themes: default, high-contrast, plain)"
                        + System.lineSeparator());
    }
}
