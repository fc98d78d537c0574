package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The colour themes as a real terminal receives them (tmux's capture with its escapes). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ThemeIT {
    private static final Duration START = Duration.ofSeconds(30);
    /** An SGR that sets a foreground or background colour (30-37, 40-47, 90-97, 100-107, or 256/RGB). */
    private static final String ANY_COLOUR = "(?s).*\\e\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m].*";

    /** The screen holds an SGR escape with {@code code} among its parameters. */
    private static String sgr(String code) {
        return "(?s).*\\e\\[([0-9;]*;)?" + code + "(;[0-9;]*)?m.*";
    }

    @TempDir
    Path dir;

    /** The map's screen with its escapes, from a game run in a folder of its own (its exit status and tty files). */
    private String mapWithEscapes(String args, String env) throws Exception {
        Path run = Files.createDirectories(dir.resolve("run-" + args.hashCode() + "-" + env.hashCode()));
        try (Tmux t = new Tmux(run).start(Tmux.game(args), 80, 24, env)) {
            t.waitFor("the campaign", s -> s.contains("the campaign") && s.contains("quit"), START);
            String screen = t.tmux("capture-pane", "-e", "-p", "-t", t.name);
            t.keys("q");
            assertThat(t.exitStatus()).isZero();
            assertThat(t.processesWithMarker()).isEmpty();
            return screen;
        }
    }

    @Test
    void highContrastDrawsBrightOnBlackAndNoColorDrawsNoColourAtAll() throws Exception {
        // the title in bright cyan (96) on black (40)
        assertThat(mapWithEscapes("play --theme high-contrast", "")).matches(sgr("96")).matches(sgr("40"));
        String plain = mapWithEscapes("", "NO_COLOR=1");
        assertThat(plain).doesNotMatch(ANY_COLOUR).contains("the campaign");
    }
}
