package dev.forkful.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.save.SaveFile;
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
}
