package dev.forkful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.flow.Fixtures;
import dev.forkful.flow.GameLoop;
import dev.forkful.flow.ScriptedBackend;
import dev.forkful.save.SaveFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShellTest {
    @TempDir
    Path data;

    String play(String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, StandardCharsets.UTF_8)) {
            GameLoop loop = new GameLoop(new ScriptedBackend(Fixtures.lunchRun(), Integer.MAX_VALUE), new SaveFile(data), Fixtures.start());
            new Shell(loop, t, data.resolve("history"), false).run();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLevelIsPlayedToItsScoreInLines() throws Exception {
        String out = play("levels\nplay lunch-rush\nplan soup thread:4\nrun\nexplain\nquit\n");
        assertThat(out).contains("lunch-rush").contains("locked")
                .contains("plan: soup=thread:4")
                .contains("cooking Lunch Rush with soup=thread:4")
                .contains("soup: thread kitchen 0 is up (pid 4242, 1 chef)")
                .contains("served 6 of 6")
                .contains("stars with soup=thread:4")
                .contains("What happened")
                .contains("Lesson: Waiting overlaps");
        assertThat(out).doesNotContain("\r").doesNotContain("\u001b[");
        assertThat(Files.readString(data.resolve("history"))).contains("plan soup thread:4");
    }

    @Test
    void pipedCommandsGetNoPromptLinesFitEightyColumnsAndAHintIsPrintedOnce() throws Exception {
        String out = play("play lunch-rush\nhint\ntasks\nrun\nexplain\nquit\n");
        assertThat(out).doesNotContain("forkful>").doesNotContain("forkful lunch-rush>");
        assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(out).containsOnlyOnce("Simmering is waiting: a chef who waits could cook something else.");
        assertThat(out.lines().filter(l -> l.startsWith("Lesson: "))).isNotEmpty();
    }

    @Test
    void mistakesAreExplainedWithASuggestion() throws Exception {
        // messages longer than the 80 columns are wrapped with a two-space indent: read them joined
        String out = play("ply lunch-rush\nplay lunch-rus\nplay lunch-rush\nplan sop thread\nplan soup threads:2\nplan soup virtual\nrun2\n")
                .replace("\n  ", " ");
        assertThat(out).contains("unknown command 'ply'; did you mean \"play\"?")
                .contains("no level 'lunch-rus' in the campaign; did you mean \"lunch-rush\"?")
                .contains("has no task \"sop\" (tasks: soup); did you mean \"soup\"?")
                .contains("no model \"threads\" (models: process, thread, coroutine, virtual); did you mean \"thread\"?")
                .contains("task \"soup\" cannot use virtual")
                .contains("unknown command 'run2'; did you mean \"run\"?");
    }

    @Test
    void hintsComeOneAtATime() throws Exception {
        String out = play("hint\nplay lunch-rush\nhint\nhint\nhint\n");
        assertThat(out).contains("open a level to get its hints")
                .contains("hint 1 of 2: Simmering is waiting")
                .contains("hint 2 of 2: Try 4 threads.")
                .contains("no more hints");
    }

    @Test
    void tabCompletesCommandsLevelsTasksAndModels() {
        GameLoop loop = new GameLoop(new ScriptedBackend(List.of(), 0), new SaveFile(data), Fixtures.start());
        ShellCompleter c = new ShellCompleter(loop::state);
        assertThat(c.words(List.of(""), 0)).contains("play", "plan", "run", "levels");
        assertThat(c.words(List.of("play", ""), 1)).containsExactly("lunch-rush", "house-fire", "shared-fridge");
        assertThat(c.words(List.of("plan", ""), 1)).isEmpty();
        loop.submit(new dev.forkful.flow.FlowEvent.Open("lunch-rush"));
    }
}
