package dev.forkful.score;

import static dev.forkful.score.Levels.ALL;
import static dev.forkful.score.Levels.cpu;
import static dev.forkful.score.Levels.level;
import static dev.forkful.score.Levels.plan;
import static dev.forkful.score.Levels.rule;
import static dev.forkful.score.Levels.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.forkful.engine.EngineEvent;
import dev.forkful.level.Arrival;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final long MS = 1_000_000;
    private static final long MB = 1024 * 1024;

    /** Two tasks of 10 orders, 10 ms of chopping each: ideal 100 ms on 2 cores (200 ms of cpu shared). */
    private final Level level = level(false,
            List.of(rule("one", 0.5, null, null, null), rule("two", 0.9, 2.0, null, null), rule("three", 1.0, 1.2, 0, 0)),
            task("soup", 10, Arrival.ALL, ALL, 8, cpu(10)),
            task("bread", 10, Arrival.ALL, ALL, 8, cpu(10)));
    private final Scorer scorer = new Scorer(level, plan("soup", Model.THREAD, 4, false, "bread", Model.PROCESS, 2, true), 2);

    @Test
    void countsServedAndLostWithExactPercentiles() {
        for (int i = 0; i < 10; i++) {
            scorer.on(new EngineEvent.OrdersArrived(0, "soup", i, 1));
        }
        for (int i = 0; i < 9; i++) {
            scorer.on(EngineEvent.OrdersServed.one((i + 1) * 10 * MS, "soup", 0, 0, i, (i + 1) * 10 * MS));
        }
        scorer.on(new EngineEvent.OrderLost(95 * MS, "soup", 9, "exception in chop"));

        Score.Figures soup = scorer.score().tasks().getFirst().figures();
        assertThat(soup.served()).isEqualTo(9);
        assertThat(soup.lost()).isEqualTo(1);
        assertThat(soup.latencyP50Ms()).isEqualTo(50.0);
        assertThat(soup.latencyP95Ms()).isEqualTo(90.0);
        assertThat(soup.wallMs()).isEqualTo(95);
        assertThat(soup.throughputPerS()).isCloseTo(9 / 0.095, within(0.01));
        assertThat(scorer.score().tasks().getFirst().lostReasons()).containsEntry("exception in chop", 1L);
        assertThat(scorer.score().total().latencyP50Ms()).isEqualTo(50.0);
    }

    @Test
    void noLatencyIsNaNAndWallRunsToTheLatestEventMidRun() {
        scorer.on(new EngineEvent.OrdersArrived(5 * MS, "soup", 0, 1));
        scorer.on(new EngineEvent.StepStarted(40 * MS, "soup", 0, 0, 0, 0));

        Score live = scorer.score();
        assertThat(live.finished()).isFalse();
        assertThat(live.total().latencyP50Ms()).isNaN();
        assertThat(live.total().wallMs()).isEqualTo(35);
    }

    @Test
    void peakMemorySumsTheLatestSampleOfLiveChildrenAndDropsDeadOnes() {
        scorer.on(new EngineEvent.KitchenStarted(0, "bread", 0, Model.PROCESS, 101, 1));
        scorer.on(new EngineEvent.KitchenStarted(0, "bread", 1, Model.PROCESS, 102, 1));
        scorer.on(new EngineEvent.Stats(1 * MS, "bread", 0, 101, 40 * MB, 22 * MB, 100 * MS, 20, 0, 0));
        scorer.on(new EngineEvent.Stats(2 * MS, "bread", 1, 102, 50 * MB, 26 * MB, 200 * MS, 21, 0, 0));
        // a later, smaller sample replaces the first: 30 + 50
        scorer.on(new EngineEvent.Stats(3 * MS, "bread", 0, 101, 30 * MB, 17 * MB, 150 * MS, 20, 0, 0));
        scorer.on(new EngineEvent.KitchenDied(4 * MS, "bread", 1, 102, 139, true));
        scorer.on(new EngineEvent.KitchenStarted(5 * MS, "bread", 1, Model.PROCESS, 103, 1));
        // the dead child's 50 MB is gone: 30 + 45 stays under the peak of 90
        scorer.on(new EngineEvent.Stats(6 * MS, "bread", 1, 103, 45 * MB, 24 * MB, 50 * MS, 19, 0, 0));
        scorer.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.THREAD, 200, 4));
        scorer.on(new EngineEvent.Stats(7 * MS, "soup", 0, 200, 60 * MB, 50 * MB, 300 * MS, 26, 0, 0));

        Score score = scorer.score();
        Score.Figures bread = score.tasks().get(1).figures();
        assertThat(bread.peakRssMb()).isEqualTo(90.0);
        // PSS peaks at the same instant here: 22 + 26
        assertThat(bread.peakPssMb()).isEqualTo(48.0);
        assertThat(bread.processes()).isEqualTo(2);
        assertThat(bread.threads()).isEqualTo(41);
        // cpu: the last sample of each child, dead ones included: 150 + 200 + 50
        assertThat(bread.cpuMs()).isEqualTo(400);
        assertThat(score.total().peakRssMb()).isEqualTo(135.0);
        assertThat(score.total().peakPssMb()).isEqualTo(17 + 24 + 50.0);
        assertThat(score.total().processes()).isEqualTo(3);
        assertThat(score.total().cpuMs()).isEqualTo(700);
    }

    @Test
    void aKitchenThatHasNotReportedCountsNothingAndWithoutProcThereIsNoMemoryFigure() {
        scorer.on(new EngineEvent.KitchenStarted(0, "bread", 0, Model.PROCESS, 101, 1));
        assertThat(scorer.score().total().pssMeasured()).isFalse();
        assertThat(scorer.score().total().peakRssMb()).isEqualTo(-1);

        scorer.on(new EngineEvent.Stats(1 * MS, "bread", 0, 101, -1, -1, 100 * MS, 20, 0, 0));
        assertThat(scorer.score().total().pssMeasured()).as("a system without /proc").isFalse();
        assertThat(scorer.score().total().peakRssMb()).isEqualTo(-1);
        assertThat(scorer.score().total().cpuMs()).isEqualTo(100);
    }

    @Test
    void cpuOrThreadsAKitchenCouldNotTellAreNotMeasuredNotAPartialSum() {
        scorer.on(new EngineEvent.KitchenStarted(0, "bread", 0, Model.PROCESS, 101, 1));
        scorer.on(new EngineEvent.KitchenStarted(0, "bread", 1, Model.PROCESS, 102, 1));
        scorer.on(new EngineEvent.Stats(1 * MS, "bread", 0, 101, -1, -1, 100 * MS, 20, 0, 0));
        scorer.on(new EngineEvent.Stats(1 * MS, "bread", 1, 102, -1, -1, -1, -1, 0, 0));

        Score.Figures f = scorer.score().total();
        assertThat(f.cpuMs()).isEqualTo(-1);
        assertThat(f.coresUsed()).isEqualTo(-1);
        assertThat(f.threads()).isEqualTo(-1);
        assertThat(f.processes()).isEqualTo(2);
    }

    @Test
    void peakCoroutinesComeFromTheSamples() {
        scorer.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.COROUTINE, 300, 1));
        scorer.on(new EngineEvent.Stats(1 * MS, "soup", 0, 300, 10 * MB, 6 * MB, 0, 12, 5000, 0));
        scorer.on(new EngineEvent.Stats(2 * MS, "soup", 0, 300, 10 * MB, 6 * MB, 0, 12, 20, 0));

        assertThat(scorer.score().tasks().getFirst().figures().coroutines()).isEqualTo(5000);
    }

    @Test
    void theChefsOfAProcessOrThreadKitchenAreNotCoroutines() {
        scorer.on(new EngineEvent.KitchenStarted(0, "soup", 0, Model.THREAD, 300, 4));
        scorer.on(new EngineEvent.Stats(1 * MS, "soup", 0, 300, 10 * MB, 6 * MB, 0, 20, 4, 0));

        assertThat(scorer.score().total().coroutines()).isZero();
        assertThat(scorer.score().total().threads()).isEqualTo(20);
    }

    @Test
    void racesAreTheSumOfLostUpdates() {
        scorer.on(new EngineEvent.Race(1 * MS, "soup", "salt", 100, 63));
        scorer.on(new EngineEvent.Race(1 * MS, "soup", "pepper", 10, 10));

        Score score = scorer.score();
        assertThat(score.total().races()).isEqualTo(37);
        assertThat(score.tasks().getFirst().lostUpdates()).containsEntry("salt", 37L).containsEntry("pepper", 0L);
    }

    @Test
    void crashesAndFreezesAreRecordedPerTaskAndOverall() {
        scorer.on(new EngineEvent.Crash(1 * MS, "soup", Model.THREAD, "segfault", 4242, 139, 4));
        scorer.on(new EngineEvent.Freeze(2 * MS, "bread", Model.PROCESS, 1, 2500, "freeze in chop", true));

        Score score = scorer.score();
        assertThat(score.total().crashes()).containsExactly(new Score.CrashRecord("soup", "thread", "segfault", 4242, 139, 4));
        assertThat(score.tasks().get(1).figures().freezes())
                .containsExactly(new Score.FreezeRecord("bread", "process", 2500, "freeze in chop", true));
        assertThat(score.tasks().getFirst().figures().freezes()).isEmpty();
    }

    @Test
    void starsAreCumulativeAndJudgedAgainstTheIdealOfThisMachine() {
        serveAll(150);
        Score score = scorer.score();

        assertThat(score.finished()).isTrue();
        assertThat(score.total().idealMs()).isEqualTo(100);
        assertThat(score.plan()).isEqualTo("soup=thread:4:nolock bread=process:2");
        // 150 ms is within par 2.0 (200 ms) but not 1.2 (120 ms)
        assertThat(score.stars()).isEqualTo(2);
        assertThat(score.starChecks().get(2).unmet()).singleElement().asString().contains("wall 150 ms > par 1.20");
    }

    /** Each kitchen's last sample says what its cpu work took: their sum is how fast the run's cores computed. */
    @Test
    void theIdealCountsTheSpeedTheKitchensCpuWorkRanAt() {
        Level board = level(false, List.of(), task("salad", 10, Arrival.ALL, ALL, 2, cpu(20)));
        Scorer s = new Scorer(board, plan("salad", Model.PROCESS, 2, true), 2);
        s.on(new EngineEvent.Stats(10 * MS, "salad", 0, 101, -1, -1, -1, -1, 0, 0, 20 * MS, 40 * MS));
        s.on(new EngineEvent.Stats(90 * MS, "salad", 0, 101, -1, -1, -1, -1, 0, 0, 100 * MS, 120 * MS));
        s.on(new EngineEvent.Stats(90 * MS, "salad", 1, 102, -1, -1, -1, -1, 0, 0, 100 * MS, 130 * MS));

        assertThat(s.score().machine().workSpeed()).isEqualTo(0.8);
        assertThat(s.score().total().idealMs()).as("200 ms of chopping on 2 cores at 0.8 of its speed").isEqualTo(125);

        Scorer little = new Scorer(board, plan("salad", Model.PROCESS, 2, true), 2);
        little.on(new EngineEvent.Stats(10 * MS, "salad", 0, 101, -1, -1, -1, -1, 0, 0, 2 * MS, 4 * MS));
        assertThat(little.score().machine().workSpeed()).as("too little to tell").isEqualTo(-1);
        assertThat(little.score().total().idealMs()).isEqualTo(100);
    }

    @Test
    void aLaterStarThatHoldsDoesNotCountWhenAnEarlierOneFails() {
        Level odd = level(false, List.of(rule("one", null, 1.0, null, null), rule("two", 0.5, null, null, null)),
                task("soup", 1, Arrival.ALL, ALL, 8, cpu(10)));
        Scorer s = new Scorer(odd, plan("soup", Model.THREAD, 1, true), 2);
        s.on(new EngineEvent.OrdersArrived(0, "soup", 0, 1));
        s.on(EngineEvent.OrdersServed.one(50 * MS, "soup", 0, 0, 0, 50 * MS));
        s.on(new EngineEvent.Finished(51 * MS));

        assertThat(s.score().starChecks().get(1).held()).isTrue();
        assertThat(s.score().stars()).isZero();
    }

    @Test
    void aRacesRuleCountsTheLostUpdatesTheAuditFound() {
        Level fridge = level(false, List.of(rule("one", 0.5, null, null, null),
                        rule("two", 1.0, null, null, null, 5L), rule("three", 1.0, null, null, null, 0L)),
                task("stew", 4, Arrival.ALL, ALL, 8, cpu(10), Levels.salt()));
        Scorer s = new Scorer(fridge, plan("stew", Model.THREAD, 4, false), 2);
        for (int i = 0; i < 4; i++) {
            s.on(new EngineEvent.OrdersArrived(0, "stew", i, 1));
            s.on(EngineEvent.OrdersServed.one(20 * MS, "stew", 0, 0, i, 20 * MS));
        }
        s.on(new EngineEvent.Race(21 * MS, "stew", "salt", 40, 37));
        s.on(new EngineEvent.Finished(22 * MS));

        Score score = s.score();
        assertThat(score.total().races()).isEqualTo(3);
        assertThat(score.stars()).isEqualTo(2);
        assertThat(score.starChecks().get(2).unmet()).containsExactly("lost updates 3 > 0");
    }

    @Test
    void noLostUpdateKeepsARacesStar() {
        Level fridge = level(false, List.of(rule("one", 1.0, null, null, null, 0L)),
                task("stew", 1, Arrival.ALL, ALL, 8, Levels.salt()));
        Scorer s = new Scorer(fridge, plan("stew", Model.THREAD, 2, true), 2);
        s.on(new EngineEvent.OrdersArrived(0, "stew", 0, 1));
        s.on(EngineEvent.OrdersServed.one(5 * MS, "stew", 0, 0, 0, 5 * MS));
        s.on(new EngineEvent.Race(6 * MS, "stew", "salt", 1, 1));

        assertThat(s.score().stars()).isEqualTo(1);
    }

    private void serveAll(long wallMs) {
        for (String task : List.of("soup", "bread")) {
            for (int i = 0; i < 10; i++) {
                scorer.on(new EngineEvent.OrdersArrived(0, task, i, 1));
                scorer.on(EngineEvent.OrdersServed.one(wallMs * MS, task, 0, 0, i, wallMs * MS));
            }
        }
        scorer.on(new EngineEvent.Finished((wallMs + 1) * MS));
    }
}
