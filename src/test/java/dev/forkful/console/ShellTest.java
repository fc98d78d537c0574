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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
        return play(input, data);
    }

    /** Plays with the progress and the history in {@code folder}. */
    String play(String input, Path folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, StandardCharsets.UTF_8)) {
            GameLoop loop = new GameLoop(new ScriptedBackend(Fixtures.lunchRun(), Integer.MAX_VALUE), new SaveFile(folder), Fixtures.start());
            new Shell(loop, t, folder.resolve("history"), false).run();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidOnceEachForProgressAndHistoryWithoutAStackTrace() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("forkful"), "a file where the data folder should be");
        List<LogRecord> jline = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord r) {
                jline.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("org.jline").addHandler(recorder);
        String out;
        try {
            out = play("play lunch-rush\nrun\nlevels\nhint\nquit\n", notAFolder).replace("\n  ", " ");
        } finally {
            Logger.getLogger("org.jline").removeHandler(recorder);
        }
        assertThat(out).containsOnlyOnce("your command history is not kept: " + notAFolder.resolve("history") + ": Not a directory")
                .contains("stars with soup=thread:1")
                .contains("hint 1 of 2: Simmering is waiting")
                .doesNotContain("Exception").doesNotContain("\tat ");
        // said after the run's results and after the hint, each time it happened
        assertThat(out.lines().filter(l -> l.equals("your progress was not saved: " + notAFolder + ": a file is in the way"))).hasSize(2);
        assertThat(out).containsPattern("lunch-rush +Lunch Rush +0 of 3 stars").containsPattern("house-fire .*locked");
        assertThat(jline).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
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
    void playTakesALevelsNumberOrIdAndSaysWhatIsWrongWithOthers() throws Exception {
        String out = play("play 1\nplay 2\nplay 9\nlevels\n");
        assertThat(out).contains("Lunch Rush").contains("Next: tasks, plan")
                .contains("'house-fire' is locked: earn a star on 'lunch-rush' first")
                .contains("no level 9: the levels are numbered 1 to 3")
                .contains(" 2  house-fire           House Fire                   locked until 1 has a star")
                .contains("Next: earn a star on 1 Lunch Rush to open 2 House Fire.");
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
