package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The full screen under job control and the signals that end it, in a real terminal (tmux). */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SignalsIT {
    static final Duration START = FullScreenIT.START;

    @TempDir
    Path dir;

    @Test
    void ctrlZGivesTheShellItsScreenAndFgTakesTheGameBack() throws Exception {
        try (Tmux t = new Tmux(dir).startShell(100, 30)) {
            t.waitFor("the prompt", s -> s.startsWith("$"), START);
            t.command(Tmux.game(""));
            t.waitFor("the campaign", START);

            t.keys("C-z");
            String stopped = t.waitFor("the job to stop", s -> s.contains("Stopped"), START);
            assertThat(stopped).as("the shell's own screen, not the game's").doesNotContain("the campaign");
            t.command("stty -a > " + dir.resolve("stty-stopped") + "; fg");
            String back = t.waitFor("the game redrawn", s -> s.contains("the campaign") && s.contains("q quit"), START);
            assertThat(back).doesNotContain("Stopped").doesNotContain("$ stty");
            assertThat(Files.readString(dir.resolve("stty-stopped"))).as("the shell got its line modes while stopped")
                    .containsPattern("(?<!-)icanon").containsPattern("(?<!-)echo ");

            // keys work at once after fg: no Enter needed, nothing echoed
            t.keys("Down");
            t.waitFor("the second level chosen", s -> s.contains("▶  2"), START);
            t.keys("q");
            t.awaitStatus(0);
            assertThat(t.processesWithMarker()).isEmpty();
        }
    }

    /** A signal mid-run: the game's frame is cleared before the normal screen returns, and the exit says which. */
    @ParameterizedTest
    @CsvSource({"TERM, 143", "HUP, 129", "INT, 130"})
    void anEndingSignalLeavesACleanScreenAndNoWorker(String signal, int status) throws Exception {
        try (Tmux t = new Tmux(dir).start(Tmux.game("play chopping-board"), 100, 30, "")) {
            t.waitFor("plan the kitchen", START);
            t.keys("Enter", "Right", "+", "Enter");
            t.waitFor("the kitchen to start", s -> s.contains("event log") && s.contains("pid"), FullScreenIT.COOK);
            var marked = t.processesWithMarker();
            // the game is the one whose parent is the shell, not another of the game's processes
            long game = marked.stream().filter(pid -> ProcessHandle.of(pid).flatMap(ProcessHandle::parent)
                    .map(p -> !marked.contains(p.pid())).orElse(false)).findFirst().orElseThrow();
            Tmux.run("kill", "-" + signal, String.valueOf(game));

            assertThat(t.exitStatus()).isEqualTo(status);
            assertThat(t.waitFor("GAME-OVER", START).strip()).as("nothing of the last frame").isEqualTo("GAME-OVER");
            assertThat(t.stty("after")).isEqualTo(t.stty("before"));
            assertThat(t.processesWithMarker()).isEmpty();
        }
    }
}
