package dev.forkful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.flow.Fixtures;
import dev.forkful.flow.GameLoop;
import dev.forkful.flow.GameState;
import dev.forkful.flow.RecordedRuns;
import dev.forkful.save.Progress;
import java.util.Optional;
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

    @Test
    void timelinePrintsTheLastRunsChefsOverTimeFittedToTheWidthAndFromAGivenRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(
                "timeline\nplay 1\nplan salad thread:4\nrun\ntimeline\ntimeline 3\ntimeline x\nquit\n".getBytes(StandardCharsets.UTF_8)),
                out, StandardCharsets.UTF_8)) {
            GameLoop loop = new GameLoop(new ScriptedBackend(RecordedRuns.choppingBoard(4), Integer.MAX_VALUE), new SaveFile(data),
                    GameState.start(RecordedRuns.FIRST_THREE, Progress.EMPTY, Optional.empty()));
            new Shell(loop, t, data.resolve("history"), false).run();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("run a level first; timeline shows what each chef did when")
                .contains("Next: explain, timeline,")
                .contains("timeline The Chopping Board")
                .contains("usage: timeline [ROW]");
        List<String> lanes = text.lines().filter(l -> l.startsWith(" salad chef ")).toList();
        // four chefs fit in the line mode's page: from row 3 they are all printed again
        assertThat(lanes).hasSize(4 + 4).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(lanes.get(0)).startsWith(" salad chef 0").contains("#####");
        assertThat(text).contains(" served max 12/0.1s").contains(" cores max 2.0").contains(" # cooking");
    }

    @Test
    void aTimelineLongerThanItsPageStartsAtTheRowAskedAndSaysHowToSeeTheRest() {
        GameState grill = RecordedRuns.results(RecordedRuns.MIXED_GRILL, new dev.forkful.engine.Plan(java.util.Map.of(
                "skewers", new dev.forkful.engine.Assignment(dev.forkful.level.Model.THREAD, 8, false),
                "salad", new dev.forkful.engine.Assignment(dev.forkful.level.Model.THREAD, 4, true))),
                RecordedRuns.mixedGrill(false, dev.forkful.level.Model.THREAD, 4));
        dev.forkful.view.Style ascii = new dev.forkful.view.Style(true, false);
        List<String> first = TimelineText.of(grill, 0, ascii, 100, 14).orElseThrow();
        // 14 rows: the axis, the marks row, three plots and the legend leave 8, seven chefs and the "more" row
        assertThat(first.stream().filter(l -> l.contains(" chef "))).hasSize(7);
        assertThat(first).contains("timeline 8 shows the rows from 8 on.").anyMatch(l -> l.contains("v 5 more rows below"));
        List<String> last = TimelineText.of(grill, 9, ascii, 100, 14).orElseThrow();
        // row 10 asked: the page ends with the last chef, so it starts at row 6
        assertThat(last.stream().filter(l -> l.contains(" chef ")).findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith(" skewers chef 5"));
        assertThat(last).noneMatch(l -> l.contains("shows the rows")).anyMatch(l -> l.contains("^ 5 above"))
                .anyMatch(l -> l.startsWith(" salad chef 3"));
        assertThat(((dev.forkful.flow.Screen.Results) grill.screen()).page()).as("the game's own page is untouched")
                .isEqualTo(dev.forkful.flow.Screen.ResultsPage.SCORE);
        assertThat(TimelineText.of(Fixtures.start(), 0, ascii, 100, 14)).isEmpty();
    }
}
