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

class ExplainTest {

    @Test
    void aThreadKitchenThatDiesTakesEveryChefsDishWithIt() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 4, 30);
        events.add(new EngineEvent.Crash(31 * Runs.MS, "soup", Model.THREAD, "segfault", 4242, 139, 4));
        events.add(new EngineEvent.Finished(40 * Runs.MS));
        Score score = Runs.score(plan("soup", Model.THREAD, 4, true), 2, events);

        List<Explain.Reason> reasons = Explain.reasons(score, Runs.KITCHEN);

        assertThat(reasons).filteredOn(r -> r.row() == Row.SEGFAULT).singleElement().satisfies(r -> {
            assertThat(r.model()).isEqualTo(Model.THREAD);
            assertThat(r.text()).contains("4 dishes", "4 chefs", "signal 11", "SIGSEGV", "whole process");
        });
    }

    @Test
    void aProcessHouseThatBurnsLeavesTheOthersCooking() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 7, 30);
        events.add(new EngineEvent.Crash(31 * Runs.MS, "soup", Model.PROCESS, "segfault", 99, 134, 1));
        Score score = Runs.score(plan("soup", Model.PROCESS, 4, true), 2, events);

        assertThat(Explain.lines(score, Runs.KITCHEN)).anySatisfy(line ->
                assertThat(line).contains("A soup house (pid 99)", "1 dish lost", "served 7", "SIGABRT"));
    }

    @Test
    void severalBurnedHousesAreToldOnceWhateverTheEngineCalledTheCrash() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 5, 30);
        events.add(new EngineEvent.Crash(31 * Runs.MS, "soup", Model.PROCESS, "segfault", 11, 139, 1));
        events.add(new EngineEvent.Crash(32 * Runs.MS, "soup", Model.PROCESS, "killed after bad output", 12, 137, 2));
        Score score = Runs.score(plan("soup", Model.PROCESS, 4, true), 2, events);

        assertThat(Explain.reasons(score, Runs.KITCHEN)).filteredOn(r -> r.row() == Row.SEGFAULT).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("2 soup houses (pids 11, 12)", "SIGSEGV", "SIGKILL",
                        "3 dishes lost"));
    }

    @Test
    void manyHousesAreWeighedByTheirPssAddedUpWithTheirRssBeside() {
        // 8 houses of 45 MB resident each, of which about half is the JVM's code they all share: 24 MB PSS each
        Score score = eightHouses(45L << 20, 24L << 20);

        assertThat(Explain.lines(score, Runs.KITCHEN)).anySatisfy(line -> assertThat(line).contains(
                "soup held 8 processes", "in 192.0 MB all told (PSS", "their RSS adds up to 360.0 MB"))
                .noneSatisfy(line -> assertThat(line).contains("resident all told"));
    }

    @Test
    void whereNoMemoryIsMeasuredTheSentenceSaysSoAndNamesNoFigure() {
        Score score = eightHouses(-1, -1);

        assertThat(Explain.lines(score, Runs.KITCHEN)).anySatisfy(line -> assertThat(line).contains(
                "soup held 8 processes", "in memory not measured here").doesNotContain("MB"));
    }

    /** process:8, every house reporting the same memory. */
    private static Score eightHouses(long rssBytes, long pssBytes) {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 80);
        for (int i = 0; i < 8; i++) {
            events.add(new EngineEvent.KitchenStarted(0, "soup", i, Model.PROCESS, 100 + i, 1));
            events.add(new EngineEvent.Stats(70 * Runs.MS, "soup", i, 100 + i, rssBytes, pssBytes, 36 * Runs.MS, 20, 0, 0));
        }
        return Runs.score(plan("soup", Model.PROCESS, 8, true), 2, events);
    }

    @Test
    void parallelChefsThatTookTurnsAreToldWhatTheMeasuredCpuShows() {
        // process:2, 8 dishes of 10 ms chopping, all there at once, done in 80 ms: one core's worth, not two;
        // the two houses measured 36 ms of CPU each, 0.90 of a core
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 80);
        events.add(new EngineEvent.Stats(70 * Runs.MS, "soup", 0, 11, 30L << 20, 16L << 20, 36 * Runs.MS, 1, 0, 0));
        events.add(new EngineEvent.Stats(70 * Runs.MS, "soup", 1, 12, 30L << 20, 16L << 20, 36 * Runs.MS, 1, 0, 0));
        Score turns = Runs.score(plan("soup", Model.PROCESS, 2, true), 2, events);
        // the same in 40 ms: two cores busy, the chefs did chop side by side
        List<EngineEvent> fast = new ArrayList<>();
        Runs.serve(fast, "soup", 0, 8, 40);
        Score sideBySide = Runs.score(plan("soup", Model.PROCESS, 2, true), 2, fast);

        assertThat(Explain.lines(turns, Runs.KITCHEN)).anySatisfy(line -> assertThat(line).contains(
                "process:2 used on average 0.90 cores of this machine's 2", "1.00 core of work",
                "did not overlap enough to beat one core")).noneSatisfy(line -> assertThat(line).contains("other programs"));
        assertThat(Explain.lines(sideBySide, Runs.KITCHEN)).noneSatisfy(line -> assertThat(line).contains("took turns"))
                .anySatisfy(line -> assertThat(line).contains("side by side"));
    }

    @Test
    void choppingThatKeptUnderHalfACoreBusyIsNotBlamed() {
        // 8 dishes of 10 ms chopping in 400 ms: 0.2 of a core; the wall time came from elsewhere
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 400);
        Score score = Runs.score(plan("soup", Model.COROUTINE, 1, true), 2, events);

        assertThat(Explain.reasons(score, Runs.KITCHEN)).noneMatch(r -> r.row() == Row.CPU);
    }

    @Test
    void aCoroutineChefThatChopsOnOneCoreIsToldSoOnlyWhenTheFiguresShowIt() {
        // 8 dishes of 10 ms chopping in 80 ms: one core busy
        List<EngineEvent> serial = new ArrayList<>();
        Runs.serve(serial, "soup", 0, 8, 80);
        Score oneCore = Runs.score(plan("soup", Model.COROUTINE, 1, true), 2, serial);
        // the same in 40 ms would be two cores busy: no claim of one dish at a time
        List<EngineEvent> parallel = new ArrayList<>();
        Runs.serve(parallel, "soup", 0, 8, 40);
        Score twoCores = Runs.score(plan("soup", Model.COROUTINE, 1, true), 2, parallel);

        assertThat(Explain.lines(oneCore, Runs.KITCHEN)).anySatisfy(line ->
                assertThat(line).contains("one dish at a time", "1.00 core of work of this machine's 2"));
        assertThat(Explain.lines(twoCores, Runs.KITCHEN)).noneSatisfy(line ->
                assertThat(line).contains("one dish at a time"));
    }

    @Test
    void threadChefsThatChopInParallelAreToldSo() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 40);
        Score score = Runs.score(plan("soup", Model.THREAD, 2, true), 2, events);

        assertThat(Explain.reasons(score, Runs.KITCHEN)).anySatisfy(r -> {
            assertThat(r.row()).isEqualTo(Row.CPU);
            assertThat(r.text()).contains("side by side", "2.00 cores of work of this machine's 2");
        });
    }

    @Test
    void lostUpdatesWithoutTheLockNameTheIngredientAndTheCount() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "stew", 0, 4, 110);
        events.add(new EngineEvent.Race(111 * Runs.MS, "stew", "salt", 40, 3));
        Score score = Runs.score(plan("stew", Model.THREAD, 4, false), 2, events);

        assertThat(Explain.lines(score, Runs.KITCHEN)).anySatisfy(line ->
                assertThat(line).startsWith("stew (nolock): 37 salt went missing"));
    }

    @Test
    void aFridgeWithoutLostUpdatesIsCreditedToWhatKeptItSafe() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "stew", 0, 4, 110);
        events.add(new EngineEvent.Race(111 * Runs.MS, "stew", "salt", 4, 4));

        assertThat(Explain.lines(Runs.score(plan("stew", Model.COROUTINE, 1, true), 2, events), Runs.KITCHEN))
                .anySatisfy(line -> assertThat(line).contains("No salt went missing", "one coroutine at a time"));
        assertThat(Explain.lines(Runs.score(plan("stew", Model.PROCESS, 2, true), 2, events), Runs.KITCHEN))
                .anySatisfy(line -> assertThat(line).contains("pantry"));
        assertThat(Explain.lines(Runs.score(plan("stew", Model.THREAD, 2, true), 2, events), Runs.KITCHEN))
                .anySatisfy(line -> assertThat(line).contains("fridge lock kept"));
    }

    @Test
    void aFrozenLoopAndAStalledLoopAreToldApart() {
        List<EngineEvent> events = new ArrayList<>();
        events.add(new EngineEvent.Freeze(10 * Runs.MS, "stew", Model.COROUTINE, 0, 120, "block in reheat", false));
        events.add(new EngineEvent.Freeze(20 * Runs.MS, "stew", Model.COROUTINE, 0, 130, "block in reheat", false));
        events.add(new EngineEvent.Freeze(900 * Runs.MS, "stew", Model.COROUTINE, 0, 2000, "freeze in simmer", true));
        Score score = Runs.score(plan("stew", Model.COROUTINE, 1, true), 2, events);

        List<Explain.Reason> reasons = Explain.reasons(score, Runs.KITCHEN);
        assertThat(reasons).filteredOn(r -> r.row() == Row.BLOCK).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("held 2 times", "250 ms", "block in reheat"));
        assertThat(reasons).filteredOn(r -> r.row() == Row.FREEZE).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("stood still", "2000 ms", "watchdog"));
    }

    @Test
    void aLoopHeldByComputingIsTheCpuRowNotTheBlockRow() {
        List<EngineEvent> events = new ArrayList<>();
        events.add(new EngineEvent.Freeze(10 * Runs.MS, "soup", Model.COROUTINE, 0, 140, "cpu step 'chop' held the loop", false));
        Score score = Runs.score(plan("soup", Model.COROUTINE, 1, true), 2, events);

        assertThat(Explain.reasons(score, Runs.KITCHEN)).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(Row.CPU);
            assertThat(r.text()).contains("held 1 time for 140 ms", "while one coroutine computes");
        });
    }

    @Test
    void waitsThatOverlapUnderCoroutinesAndIdleThreadChefsAreBothExplained() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "stew", 0, 4, 100);
        events.add(new EngineEvent.Race(111 * Runs.MS, "stew", "salt", 4, 4));

        assertThat(Explain.lines(Runs.score(plan("stew", Model.COROUTINE, 1, true), 2, events), Runs.KITCHEN))
                .anySatisfy(line -> assertThat(line).contains("overlapped", "4.00 dishes"));

        List<EngineEvent> oneChef = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            oneChef.add(new EngineEvent.OrdersArrived(0, "stew", i, 1));
            oneChef.add(EngineEvent.OrdersServed.one((i + 1) * 100 * Runs.MS, "stew", 0, 0, i, (i + 1) * 100 * Runs.MS));
        }
        assertThat(Explain.lines(Runs.score(plan("stew", Model.THREAD, 1, true), 2, oneChef), Runs.KITCHEN))
                .anySatisfy(line -> assertThat(line).contains("one chef of stew spent about 100% of the time waiting"));
    }

    @Test
    void theMissedStarSaysWhatFellShort() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, 500);
        Runs.serve(events, "stew", 0, 4, 500);
        events.add(new EngineEvent.Finished(501 * Runs.MS));
        Score score = Runs.score(plan("soup", Model.THREAD, 2, true, "stew", Model.COROUTINE, 1, true), 2, events);

        assertThat(Explain.reasons(score, Runs.KITCHEN).getLast().text())
                .startsWith("You earned one star of three; the second star fell short: wall 500 ms > par 2.00");
    }

    @Test
    void aStarMissedForLostUpdatesSaysHowMany() {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "stew", 0, 4, 110);
        events.add(new EngineEvent.Race(111 * Runs.MS, "stew", "salt", 40, 3));
        events.add(new EngineEvent.Finished(112 * Runs.MS));
        var level = Levels.level(false, List.of(Levels.rule("one", 0.5, null, null, null, 0L)), Runs.KITCHEN.tasks().get(1));
        Scorer scorer = new Scorer(level, plan("stew", Model.THREAD, 4, false), 2);
        events.forEach(scorer::on);

        assertThat(Explain.reasons(scorer.score(), level).getLast().text())
                .isEqualTo("You earned no stars of one; the first star fell short: lost updates 37 > 0.");
    }

    private static Score soupRun(dev.forkful.engine.Plan plan, long wallMs, long cpuMsPerKitchen, int kitchens, Level level) {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "soup", 0, 8, wallMs);
        for (int k = 0; k < kitchens; k++) {
            events.add(new EngineEvent.Stats(wallMs * Runs.MS, "soup", k, 10 + k, 30L << 20, 16L << 20, cpuMsPerKitchen * Runs.MS, 20, 0, 0));
        }
        events.add(new EngineEvent.Finished(wallMs * Runs.MS + 1));
        Scorer scorer = new Scorer(level, plan, 2);
        events.forEach(scorer::on);
        return scorer.score();
    }

    private static final Level GIL_KITCHEN = Levels.level(true, List.of(Levels.rule("one", 0.5, null, null, null)),
            Levels.task("soup", 8, Arrival.ALL, Levels.ALL, 8, Levels.cpu(10)));

    @Test
    void moreThanOneCoreUsedIsNeverToldItDidNotBeatOneCoreAndTheRuntimeIsNamed() {
        // process:4, 8 dishes of 10 ms in 80 ms (1.00 core of work) while the houses used 165 ms of CPU: 2.06 cores
        Score score = soupRun(plan("soup", Model.PROCESS, 4, true), 80, 41, 4, Runs.KITCHEN);

        assertThat(Explain.lines(score, Runs.KITCHEN)).anySatisfy(line -> assertThat(line).contains(
                "process:4 used on average 2.05 cores of this machine's 2", "1.00 core of work",
                "the other 1.05 cores went to the runtime of each house's JVM (its JIT compiler, garbage collector and warm-up)"))
                .noneSatisfy(line -> assertThat(line).containsAnyOf("beat one core", "other programs"));
    }

    @Test
    void anArrivalRateThatCapsTheLoadIsNamed() {
        Level paced = Levels.level(false, List.of(Levels.rule("one", 0.5, null, null, null)),
                Levels.task("soup", 8, new Arrival(java.time.Duration.ofMillis(10)), Levels.ALL, 8, Levels.cpu(10)));
        Score score = soupRun(plan("soup", Model.THREAD, 2, true), 80, 80, 1, paced);

        assertThat(Explain.lines(score, paced)).anySatisfy(line -> assertThat(line).contains(
                "orders came every 10 ms", "at most 1.00 cores of work: the arrival rate capped the load"));
    }

    @Test
    void underTheGilOneChefTakesNoTurnsAndVirtualThreadsAreCountedAsThemselves() {
        Score one = soupRun(plan("soup", Model.THREAD, 1, true), 80, 80, 1, GIL_KITCHEN);
        List<EngineEvent> events = new ArrayList<>();
        events.add(new EngineEvent.KitchenStarted(0, "soup", 0, Model.VIRTUAL, 10, 1));
        events.add(new EngineEvent.Stats(1 * Runs.MS, "soup", 0, 10, 30L << 20, 16L << 20, 0, 20, 8, 0));
        Runs.serve(events, "soup", 0, 8, 80);
        Scorer scorer = new Scorer(GIL_KITCHEN, plan("soup", Model.VIRTUAL, 1, true), 2);
        events.forEach(scorer::on);

        assertThat(Explain.lines(one, GIL_KITCHEN)).noneSatisfy(line -> assertThat(line).contains("took turns"))
                .anySatisfy(line -> assertThat(line).contains("The one soup chef did the chopping ('chop', 10 ms a dish)"));
        assertThat(Explain.lines(scorer.score(), GIL_KITCHEN)).anySatisfy(line -> assertThat(line).contains(
                "Under the GIL the 8 soup virtual threads took turns at the chopping ('chop'", "every 5 ms"));
        assertThat(scorer.score().total().coroutines()).isZero();
        assertThat(scorer.score().total().virtualThreads()).isEqualTo(8);
    }

    @Test
    void aLoneStuckChefHasNoOthersAndAFrozenLoopIsNotToldTwiceWhy() {
        List<EngineEvent> lone = new ArrayList<>();
        Runs.serve(lone, "soup", 0, 3, 80);
        lone.add(new EngineEvent.Freeze(50 * Runs.MS, "soup", Model.THREAD, 0, 1063,
                "chef 0 stuck on step 'chop' of order 3 for 1063 ms; the other chefs go on", false));
        List<EngineEvent> loop = new ArrayList<>();
        loop.add(new EngineEvent.Freeze(50 * Runs.MS, "soup", Model.COROUTINE, 0, 1015,
                "no heartbeat from the event loop for 1015 ms while 7 orders waited: a step never yielded", true));

        assertThat(Explain.lines(Runs.score(plan("soup", Model.THREAD, 1, true), 2, lone), Runs.KITCHEN))
                .anySatisfy(line -> assertThat(line).startsWith("The one soup chef was stuck, for up to 1063 ms "
                        + "(chef 0 stuck on step 'chop' of order 3 for 1063 ms): with no other chef free to cook, 3 served."))
                .noneSatisfy(line -> assertThat(line).contains("others"));
        assertThat(Explain.lines(Runs.score(plan("soup", Model.COROUTINE, 1, true), 2, loop), Runs.KITCHEN))
                .singleElement().satisfies(line -> assertThat(line.split("never yielded", -1)).hasSize(2));
    }

    /** The block row of 4 stew dishes served at {@code wallMs}, whose kitchen spent {@code blockedMs} in blocking calls. */
    private static String blockRow(Model model, long wallMs, long blockedMs) {
        List<EngineEvent> events = new ArrayList<>();
        Runs.serve(events, "stew", 0, 4, wallMs);
        events.add(new EngineEvent.Stats(wallMs * Runs.MS, "stew", 0, 10, 30L << 20, 16L << 20, 5 * Runs.MS, 18, 4, blockedMs * Runs.MS));
        return Explain.reasons(Runs.score(plan("stew", model, 1, true), 2, events), Runs.KITCHEN).stream()
                .filter(r -> r.row() == Row.BLOCK).map(Explain.Reason::text).reduce("", String::concat);
    }

    @Test
    void aLoopHeldByManyShortBlockingCallsAndCarriersPinnedByThemAreExplainedByTheTotalBlockedTime() {
        // 4 stew dishes, each blocking 20 ms on the loop: 80 of the 110 ms, though no single call was a stall
        assertThat(blockRow(Model.COROUTINE, 110, 80)).contains(
                "spent 80 ms of its 110 ms in blocking calls ('reheat', 20 ms a dish), 73% of the wall time",
                "no other coroutine ran meanwhile");
        assertThat(blockRow(Model.VIRTUAL, 100, 150)).contains("which pin their carrier", "on average 1.50 of the 2 carriers");
    }
}
