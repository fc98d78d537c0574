package dev.forkful.level;

import static dev.forkful.level.Soundness.oneWorkerEach;
import static dev.forkful.level.Soundness.only;
import static dev.forkful.level.Soundness.par;
import static dev.forkful.level.Soundness.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The starter levels teach what their lessons say: on a 2-core machine the model the lesson favours
 * can reach three stars, while the wrong one cannot even in theory (its lower bound is above the
 * three-star par); and even the slowest plan, one worker, ends well inside the time limit.
 */
class StarterLevelsTest {
    @Test
    void choppingIsWonByParallelChefsNotByACoroutine() throws LevelException {
        Level level = Campaign.resolve("chopping-board");
        Task salad = level.task("salad").orElseThrow();

        assertThat(ratio(level, List.of(only(salad, Model.THREAD, 2)))).isLessThanOrEqualTo(1.0);
        assertThat(ratio(level, List.of(only(salad, Model.PROCESS, 2)))).isLessThanOrEqualTo(1.0);
        assertThat(ratio(level, List.of(only(salad, Model.COROUTINE, 1)))).isGreaterThan(threeStarPar(level));
    }

    @Test
    void soupIsWonByOverlappingTheWaits() throws LevelException {
        Level level = Campaign.resolve("soup-kitchen");
        Task soup = level.task("soup").orElseThrow();

        assertThat(ratio(level, List.of(only(soup, Model.COROUTINE, 1)))).isLessThanOrEqualTo(1.0);
        assertThat(ratio(level, List.of(only(soup, Model.THREAD, soup.maxWorkers(Model.THREAD))))).isGreaterThan(threeStarPar(level));
        assertThat(ratio(level, List.of(only(soup, Model.PROCESS, soup.maxWorkers(Model.PROCESS))))).isGreaterThan(threeStarPar(level));
    }

    @Test
    void theGrillWantsACoroutineAndTheSaladWantsCores() throws LevelException {
        Level level = Campaign.resolve("mixed-grill");
        Task skewers = level.task("skewers").orElseThrow();
        Task salad = level.task("salad").orElseThrow();

        assertThat(ratio(level, List.of(only(skewers, Model.COROUTINE, 1), only(salad, Model.THREAD, 2))))
                .isLessThanOrEqualTo(threeStarPar(level) / 1.5);
        assertThat(ratio(level, List.of(only(skewers, Model.THREAD, skewers.maxWorkers(Model.THREAD)), only(salad, Model.THREAD, 2))))
                .isGreaterThan(threeStarPar(level));
    }

    @Test
    void oneWorkerPerTaskStillFinishesWellInsideTheTimeLimit() {
        for (Level level : Campaign.levels().subList(0, 3)) {
            assertThat(oneWorkerEach(level)).as(level.id())
                    .isLessThanOrEqualTo(level.kitchen().timeLimit().dividedBy(4))
                    .isLessThanOrEqualTo(Duration.ofSeconds(5));
        }
    }

    @Test
    void everyCampaignLevelsDefaultPlanCanFinishInsideItsTimeLimit() {
        // a player who presses Enter through the screens plays each task's first model with one worker
        for (Level level : Campaign.levels()) {
            List<Task> defaults = level.tasks().stream().map(t -> only(t, t.models().getFirst(), 1)).toList();
            double best = ratio(level, defaults) * IdealTime.of(level, Soundness.CORES).toNanos();
            assertThat(Duration.ofNanos((long) best)).as(level.id()).isLessThanOrEqualTo(level.kitchen().timeLimit().dividedBy(2));
        }
    }

    private static double threeStarPar(Level level) {
        return par(level, "three");
    }
}
