package dev.forkful.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.flow.Flow;
import dev.forkful.flow.FlowEvent;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Key;
import dev.forkful.flow.Screen;
import dev.forkful.level.LevelLoader;
import dev.forkful.save.Progress;
import dev.forkful.view.Style;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The full screen draws a hostile level's escapes as text, as the line mode prints them. */
class LevelTextOnScreenTest {
    @Test
    void everyScreenShowsTheEscapesAndHoldsNoControlCharacter() throws Exception {
        GameState map = GameState.start(dev.forkful.flow.Fixtures.campaign(LevelLoader.load(Path.of("src/test/resources/levels-hostile/hostile.toml"))),
                Progress.EMPTY, Optional.empty());
        GameState briefing = GoldenScreensTest.press(map, GoldenScreensTest.ENTER, Key.ch('h'), Key.ch('h'));
        GameState plan = GoldenScreensTest.press(briefing, GoldenScreensTest.ENTER);
        GameState cooking = GoldenScreensTest.press(plan, GoldenScreensTest.ENTER);
        GameState kitchen = Flow.update(cooking, new FlowEvent.FromEngine(((Screen.Cooking) cooking.screen()).run(),
                dev.forkful.flow.Fixtures.lunchRun().getFirst()));
        GameState results = GoldenScreensTest.scored(cooking, 1);

        StringBuilder all = new StringBuilder();
        for (GameState s : List.of(map, briefing, plan, kitchen, results)) {
            for (int scroll = 0; scroll < 4; scroll++) {
                String screen = Golden.screen(s, Style.DEFAULT, 120, 50);
                assertThat(screen.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f).boxed().toList())
                        .as("control characters on:%n%s", screen).isEmpty();
                all.append(screen);
                s = GoldenScreensTest.press(s, Key.of(Key.Kind.PAGE_DOWN));
            }
        }
        assertThat(all.toString()).contains("Hostile^[]0;TITLE^G Kitchen^[[2J")
                .contains("writes^[]52;c;SGVsbG8=^G to the clipboard")
                .contains("Tomato^[]0;TASK^G soup").contains("chop^[]0;STEP^G").contains("salt^[]0;FRIDGE^G")
                .contains("The hint^[]0;HINT^G sets the title.")
                .contains("The lesson^[[2J clears the screen^[]0;LESSON^G.");
    }
}
