package dev.forkful.score;

import static dev.forkful.score.Levels.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.engine.EngineEvent;
import dev.forkful.level.Model;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTextTest {

    private static Score sample() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 80);
        Runs.serve(events, "stew", 0, 3, 110);
        events.add(new EngineEvent.OrderArrived(0, "stew", 3));
        events.add(new EngineEvent.Crash(90 * Runs.MS, "stew", Model.THREAD, "segfault", 321, 139, 1));
        events.add(new EngineEvent.OrderLost(90 * Runs.MS, "stew", 3, "kitchen died"));
        events.add(new EngineEvent.Finished(111 * Runs.MS));
        return Runs.score(plan("soup", Model.COROUTINE, 1, true, "stew", Model.THREAD, 4, false), 2, events);
    }

    @Test
    void theSummaryShowsStarsFiguresAgainstParAndEachTask() {
        String text = ScoreText.render(sample());

        assertThat(text).contains("final score", "soup=coroutine stew=thread:4:nolock");
        assertThat(text).contains("**-  two stars of three", "star 3 (three): served 91.7% < 100.0%; crashes 1 > 0");
        assertThat(text).contains("served      11 of 12 (91.7%), lost 1");
        assertThat(text).contains("x ideal", "par ** 2.00 x, *** 1.20 x");
        assertThat(text).contains("crash     stew (thread): segfault, pid 321, exit status 139, 1 dish lost");
        assertThat(text).containsPattern("  soup +coroutine +8/8 ");
        assertThat(text).containsPattern("  stew +thread:4:nolock +3/4 +1 ");
    }

    @Test
    void theSummaryIsPlainAsciiWithoutEscapes() {
        String text = ScoreText.render(sample());

        assertThat(text.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));
    }
}
