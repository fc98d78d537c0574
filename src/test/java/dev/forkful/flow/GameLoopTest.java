package dev.forkful.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.save.LevelProgress;
import dev.forkful.save.Progress;
import dev.forkful.save.SaveFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GameLoopTest {
    static final Key ENTER = Key.of(Key.Kind.ENTER);

    @TempDir
    Path data;

    @Test
    void enterAgainAndAgainReachesTheResultsAndSavesTheStars() throws Exception {
        ScriptedBackend backend = new ScriptedBackend(Fixtures.lunchRun(), Integer.MAX_VALUE);
        SaveFile save = new SaveFile(data);
        try (GameDriver game = new GameDriver(backend, save, Fixtures.start())) {
            GameState s = game.press(ENTER, ENTER, ENTER).waitFor(st -> st.screen() instanceof Screen.Results);
            Screen.Results r = (Screen.Results) s.screen();
            assertThat(r.result().score().total().served()).isEqualTo(6);
            assertThat(r.result().explain()).isNotEmpty();
            assertThat(save.load().progress().of("lunch-rush").stars()).isEqualTo(1);
            game.press(ENTER).waitFor(st -> st.screen().equals(new Screen.LevelMap(1)));
        }
        assertThat(backend.started).hasValue(1);
    }

    @Test
    void aSaveKeepsWhatAnotherGameWroteMeanwhileAndTheStateShowsBoth() throws Exception {
        SaveFile save = new SaveFile(data);
        try (GameDriver game = new GameDriver(new ScriptedBackend(Fixtures.lunchRun(), Integer.MAX_VALUE), save, Fixtures.start())) {
            new SaveFile(data).save(Progress.EMPTY.with("shared-fridge", new LevelProgress(3, 50, 9, 1)));
            GameState s = game.press(ENTER, ENTER, ENTER).waitFor(st -> st.screen() instanceof Screen.Results);
            assertThat(s.progress().of("shared-fridge")).isEqualTo(new LevelProgress(3, 50, 9, 1));
            assertThat(s.progress().of("lunch-rush").stars()).isPositive();
        }
        assertThat(save.load().progress().levels()).containsOnlyKeys("lunch-rush", "shared-fridge");
    }

    @Test
    void aFailedSaveIsSaidAndTheStateShowsOnlyWhatWasWrittenButTheHint() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("forkful"), "a file where the data folder should be");
        try (GameDriver game = new GameDriver(new ScriptedBackend(Fixtures.lunchRun(), Integer.MAX_VALUE), new SaveFile(notAFolder),
                Fixtures.start())) {
            GameState s = game.press(ENTER, ENTER, ENTER).waitFor(st -> st.screen() instanceof Screen.Results);
            assertThat(((Screen.Results) s.screen()).result().score().stars()).isPositive();
            assertThat(s.notice()).hasValue("your progress was not saved: " + notAFolder + ": a file is in the way");
            assertThat(s.progress()).isEqualTo(Progress.EMPTY);
            assertThat(s.unlocked(Fixtures.FIRE)).isFalse();
            s = game.press(Key.ch('h')).waitFor(st -> !Flow.hintsShown(st).isEmpty());
            assertThat(s.notice()).hasValueSatisfying(n -> assertThat(n).startsWith("your progress was not saved"));
            assertThat(s.progress().of("lunch-rush")).isEqualTo(new LevelProgress(0, 0, 0, 1));
        }
    }

    @Test
    void leavingAKitchenStopsItAndQuittingClosesEverything() throws Exception {
        ScriptedBackend backend = new ScriptedBackend(Fixtures.lunchRun(), 5);
        try (GameDriver game = new GameDriver(backend, new SaveFile(data), Fixtures.start())) {
            game.press(ENTER, ENTER, ENTER).waitFor(st -> st.screen() instanceof Screen.Cooking c
                    && c.live().tasks().getFirst().arrived() == 4);
            game.press(Key.ch('q')).waitFor(st -> st.screen() instanceof Screen.Planning);
            assertThat(backend.closed).hasValue(1);
            game.press(ENTER).waitFor(st -> st.screen() instanceof Screen.Cooking c && c.run() == 2);
            game.press(Key.of(Key.Kind.CTRL_C)).waitFor(GameState::quit);
        }
        assertThat(backend.closed).hasValueGreaterThanOrEqualTo(2);
    }

    @Test
    void cOnTheResultsHasTheBackendWriteThePlansProgramAndShowsIt() throws Exception {
        try (GameDriver game = new GameDriver(new ScriptedBackend(Fixtures.lunchRun(), Integer.MAX_VALUE), new SaveFile(data),
                Fixtures.start())) {
            game.press(ENTER, ENTER, ENTER).waitFor(st -> st.screen() instanceof Screen.Results);
            GameState s = game.press(Key.ch('c')).waitFor(st -> st.screen() instanceof Screen.Results r && r.program().isPresent());
            Screen.Results r = (Screen.Results) s.screen();
            assertThat(r.page()).isEqualTo(Screen.ResultsPage.CODE);
            assertThat(r.program().orElseThrow().lines()).containsExactly("# python program for soup=thread:1", "print('cooked')");
            s = game.press(Key.ch('l')).waitFor(st -> ((Screen.Results) st.screen()).program().orElseThrow().lang().equals("java"));
            assertThat(((Screen.Results) s.screen()).program().orElseThrow().lines()).first().isEqualTo("# java program for soup=thread:1");
        }
    }
}
