package dev.forkful.score;

import static dev.forkful.score.Levels.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.engine.EngineEvent;
import dev.forkful.level.Arrival;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTextTest {

    private static Score sample() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 80);
        Runs.serve(events, "stew", 0, 3, 110);
        events.add(new EngineEvent.OrdersArrived(0, "stew", 3, 1));
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

    /** Two busy loops beside a 2-core run: the ideal counts the share the best plan would have had, and the text says so. */
    @Test
    void theMachineLineSaysWhatShareTheThreadsHadAndTheIdealCountsIt() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 80);
        Score idle = Runs.score(plan("soup", Model.PROCESS, 1, true), 2, events);
        events.add(new EngineEvent.MachineShare(80 * Runs.MS, 2, 0.5, 2.0, -1, 12));
        Score busy = Runs.score(plan("soup", Model.PROCESS, 1, true), 2, events);

        assertThat(ScoreText.render(idle)).doesNotContain("machine");
        assertThat(busy.machine().othersRunnable()).isEqualTo(2.0);
        assertThat(busy.total().idealMs()).isGreaterThanOrEqualTo(idle.total().idealMs());
        assertThat(ScoreText.render(busy)).contains("machine     2 cores; other programs kept about 2.00 threads wanting"
                + " one (counted on the machine's run queue, less the kitchens' own threads; each thread of the kitchens that"
                + " wanted a core had 0.50 of one), so the best plan, one chef per core,"
                + " would have had " + Show.decimal(busy.machine().bestShare()) + " of them");
    }

    @Test
    void cpuAndThreadsNotMeasuredHereAreSaidSo() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 80);
        events.add(Runs.started("soup", Model.THREAD, 11));
        events.add(Runs.unmeasured("soup", 11));
        String text = ScoreText.render(Runs.score(plan("soup", Model.THREAD, 2, true), 2, events));

        assertThat(text).contains("peak        1 process, threads not measured here, 0 coroutines")
                .contains("memory      not measured here").contains("cpu         not measured here").doesNotContain("cores used");
    }

    @Test
    void theMemoryLineSaysWhichFigureIsWhich() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 80);
        events.add(Runs.started("soup", Model.PROCESS, 11));
        events.add(Runs.stats("soup", 11, 64, 20, 0));
        String measured = ScoreText.render(Runs.score(plan("soup", Model.PROCESS, 1, true), 2, events));
        String notMeasured = ScoreText.render(sample());

        assertThat(measured).contains("memory      32.0 MB PSS at the peak (each shared page split among the kitchens);"
                + " RSS 64.0 MB (counts it in each)");
        assertThat(notMeasured).contains("memory      not measured here").doesNotContain("MB");
    }

    @Test
    void theSummaryIsPlainAsciiWithoutEscapes() {
        String text = ScoreText.render(sample());

        assertThat(text.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));
    }

    @Test
    void eachTaskSaysWhyItsDishesWereLostCommonestFirst() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 2, 80);
        for (int i = 2; i < 8; i++) {
            events.add(new EngineEvent.OrdersArrived(0, "soup", i, 1));
            events.add(new EngineEvent.OrderLost(90 * Runs.MS, "soup", i, i < 7 ? "out of salt" : "exception: step 'flambe' threw"));
        }
        Runs.serve(events, "stew", 0, 4, 110);
        events.add(new EngineEvent.Finished(111 * Runs.MS));

        String text = ScoreText.render(Runs.score(plan("soup", Model.PROCESS, 2, true, "stew", Model.VIRTUAL, 1, true), 2, events));

        assertThat(text).contains("lost      soup 6: out of salt 5; exception: step 'flambe' threw 1");
        assertThat(text).doesNotContain("lost      stew");
        assertThat(text).containsPattern("  stew +virtual +4/4 ");
    }

    @Test
    void withNothingServedTheWallIsNotAMultipleOfTheIdeal() {
        List<EngineEvent> events = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            events.add(new EngineEvent.OrdersArrived(0, "soup", i, 1));
            events.add(new EngineEvent.OrderLost(125 * Runs.MS, "soup", i, "time limit (60s)"));
        }
        events.add(new EngineEvent.Finished(126 * Runs.MS));

        String text = ScoreText.render(Runs.score(plan("soup", Model.THREAD, 1, true), 2, events));

        assertThat(text).contains("wall        126 ms, no order served (ideal 120 ms on 2 cores)", "lost      soup 8: time limit (60s) 8");
        assertThat(text).doesNotContain("0.00 x");
    }

    @Test
    void anIdealUnderAMillisecondIsSaidSoRatherThanDividedBy() {
        Level tiny = Levels.level(false, List.of(), Levels.task("dash", 1, Arrival.ALL, Levels.ALL, 1, Levels.cpu(0)));
        Scorer scorer = new Scorer(tiny, plan("dash", Model.THREAD, 1, true), 1);
        scorer.on(new EngineEvent.OrdersArrived(0, "dash", 0, 1));
        scorer.on(EngineEvent.OrdersServed.one(3 * Runs.MS, "dash", 0, 0, 0, 3 * Runs.MS));
        scorer.on(new EngineEvent.Finished(4 * Runs.MS));

        assertThat(ScoreText.render(scorer.score())).contains("wall        3.00 ms (ideal under 1 ms on 1 core)");
    }
}
