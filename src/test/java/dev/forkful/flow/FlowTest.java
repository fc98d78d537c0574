package dev.forkful.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.EngineEvent;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.save.LevelProgress;
import dev.forkful.save.Progress;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowTest {
    static final Key ENTER = Key.of(Key.Kind.ENTER);

    static GameState press(GameState s, Key... keys) {
        for (Key k : keys) {
            s = Flow.update(s, new FlowEvent.Pressed(k));
        }
        return s;
    }

    @Test
    void enterThreeTimesCooksTheFirstLevelWithItsDefaultPlan() {
        GameState s = press(Fixtures.start(), ENTER, ENTER, ENTER);
        assertThat(s.screen()).isInstanceOfSatisfying(Screen.Cooking.class, c -> {
            assertThat(c.level()).isEqualTo(Fixtures.LUNCH);
            assertThat(c.plan()).isEqualTo(Fixtures.LUNCH_DEFAULT);
        });
        assertThat(s.effects()).containsExactly(new Effect.StartKitchen(1, Fixtures.LUNCH, Fixtures.LUNCH_DEFAULT, 7));
    }

    @Test
    void theScoreOpensTheResultsSavesProgressAndUnlocksTheNextLevel() {
        GameState s = press(Fixtures.start(), ENTER, ENTER, ENTER);
        for (EngineEvent e : Fixtures.lunchRun()) {
            s = Flow.update(s, new FlowEvent.FromEngine(1, e));
        }
        FlowEvent.Scored scored = Fixtures.scored(1, Fixtures.LUNCH, Fixtures.LUNCH_DEFAULT, Fixtures.lunchRun());
        s = Flow.update(s, scored);
        assertThat(s.screen()).isInstanceOf(Screen.Results.class);
        assertThat(scored.score().stars()).isPositive();
        assertThat(s.progress().of("lunch-rush").stars()).isEqualTo(scored.score().stars());
        assertThat(s.unlocked(Fixtures.FIRE)).isTrue();
        assertThat(s.effects()).containsExactly(new Effect.Save(s.progress()));
        GameState map = press(s, ENTER);
        assertThat(map.screen()).isEqualTo(new Screen.LevelMap(1));
    }

    @Test
    void aLooseFileThatBorrowsACampaignIdKeepsItsOwnRecordAndOpensNothing() {
        Level l = Fixtures.LUNCH;
        Path file = Path.of("/somewhere/lunch-rush.toml");
        Level loose = new Level(file, l.id(), l.title(), l.chapter(), l.brief(), l.lesson(), l.hints(), l.kitchen(), l.fridge(),
                l.tasks(), l.stars());
        GameState s = press(Flow.openFile(Fixtures.start(), loose), ENTER, ENTER, Key.ch('h'));
        FlowEvent.Scored scored = Fixtures.scored(1, loose, Fixtures.LUNCH_DEFAULT, Fixtures.lunchRun());
        s = Flow.update(s, scored);
        assertThat(scored.score().stars()).isPositive();
        assertThat(s.progress().ofFile(file)).isEqualTo(s.record(loose)).isNotEqualTo(LevelProgress.NONE);
        assertThat(s.record(loose).hintsSeen()).isEqualTo(1);
        assertThat(s.progress().of("lunch-rush")).isEqualTo(LevelProgress.NONE);
        assertThat(s.progress().levels()).isEmpty();
        assertThat(s.unlocked(Fixtures.FIRE)).isFalse();
        assertThat(s.progress().unlocked()).isEmpty();
    }

    @Test
    void theLiveKitchenCountsWhatTheEventsSay() {
        GameState s = press(Fixtures.start(), ENTER, ENTER, ENTER);
        for (EngineEvent e : Fixtures.lunchRun()) {
            s = Flow.update(s, new FlowEvent.FromEngine(1, e));
        }
        LiveKitchen live = ((Screen.Cooking) s.screen()).live();
        assertThat(live.served()).isEqualTo(6);
        assertThat(live.finished()).isTrue();
        assertThat(live.tasks().getFirst().kitchens().getFirst().state()).isEqualTo(LiveKitchen.KitchenState.ENDED);
    }

    @Test
    void eventsOfAnAbandonedRunAreIgnored() {
        GameState s = press(Fixtures.start(), ENTER, ENTER, ENTER, Key.ch('q'), ENTER);
        assertThat(((Screen.Cooking) s.screen()).run()).isEqualTo(2);
        GameState after = Flow.update(s, new FlowEvent.FromEngine(1, new EngineEvent.OrdersArrived(1, "soup", 0, 1)));
        assertThat(((Screen.Cooking) after.screen()).live().tasks().getFirst().arrived()).isZero();
    }

    @Test
    void qGoesBackStopsTheKitchensAndQuitsFromTheMap() {
        GameState cooking = press(Fixtures.start(), ENTER, ENTER, ENTER);
        GameState back = press(cooking, Key.ch('q'));
        assertThat(back.screen()).isInstanceOf(Screen.Planning.class);
        assertThat(back.effects()).containsExactly(new Effect.StopKitchen());
        GameState map = press(back, Key.of(Key.Kind.ESCAPE), Key.ch('q'));
        assertThat(map.screen()).isInstanceOf(Screen.LevelMap.class);
        assertThat(map.quit()).isFalse();
        assertThat(press(map, Key.ch('q')).quit()).isTrue();
    }

    @Test
    void ctrlCQuitsFromAnywhereAndStopsTheKitchens() {
        GameState s = press(Fixtures.start(), ENTER, ENTER, ENTER, Key.of(Key.Kind.CTRL_C));
        assertThat(s.quit()).isTrue();
        assertThat(s.effects()).containsExactly(new Effect.StopKitchen());
    }

    @Test
    void aLockedLevelSaysWhatOpensIt() {
        GameState s = press(Fixtures.start(), Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN), ENTER);
        assertThat(s.screen()).isInstanceOf(Screen.LevelMap.class);
        assertThat(s.notice()).hasValueSatisfying(n -> assertThat(n).contains("locked").contains("house-fire"));
    }

    @Test
    void hintsComeOneAtATimeAndAreSaved() {
        GameState s = press(Fixtures.start(), ENTER, Key.ch('h'));
        assertThat(Flow.hintsShown(s)).containsExactly(Fixtures.LUNCH.hints().getFirst());
        assertThat(s.effects()).containsExactly(new Effect.Save(s.progress()));
        s = press(s, Key.ch('h'), Key.ch('h'));
        assertThat(Flow.hintsShown(s)).isEqualTo(Fixtures.LUNCH.hints());
        assertThat(s.notice()).hasValueSatisfying(n -> assertThat(n).contains("no more hints"));
    }

    @Test
    void thePlanKeysChangeModelWorkersAndLockWithinTheTasksLimits() {
        GameState s = press(Fixtures.start(), ENTER, ENTER, Key.of(Key.Kind.LEFT), Key.ch('-'), Key.ch('l'));
        Assignment a = ((Screen.Planning) s.screen()).plan().assignments().get("soup");
        assertThat(a).isEqualTo(new Assignment(Model.COROUTINE, 1, true));
        assertThat(s.notice()).hasValueSatisfying(n -> assertThat(n).contains("coroutine kitchen has no fridge lock"));
        GameState many = Flow.update(s, new FlowEvent.Assign("soup", new Assignment(Model.THREAD, 99, true)));
        assertThat(((Screen.Planning) many.screen()).plan().assignments().get("soup").workers()).isEqualTo(8);
        assertThat(many.notice()).hasValueSatisfying(n -> assertThat(n).contains("1 to 8"));
        GameState banned = Flow.update(s, new FlowEvent.Assign("soup", new Assignment(Model.VIRTUAL, 1, true)));
        assertThat(banned.notice()).hasValueSatisfying(n -> assertThat(n).contains("cannot be cooked by virtual"));
    }

    @Test
    void aModelWithoutAFridgeLockGetsTheLockBackSoThePlanAndTheRunAgree() {
        GameState s = Flow.update(GameState.start(Fixtures.CAMPAIGN, Progress.EMPTY.with("lunch-rush", new LevelProgress(1, 0, 1, 0)),
                Optional.empty()), new FlowEvent.Open("house-fire"));
        s = press(s, ENTER, Key.of(Key.Kind.DOWN), Key.ch('l'));
        assertThat(((Screen.Planning) s.screen()).plan().assignments().get("sauce").lock()).isFalse();
        s = press(s, Key.of(Key.Kind.RIGHT));
        Assignment sauce = ((Screen.Planning) s.screen()).plan().assignments().get("sauce");
        assertThat(sauce).isEqualTo(new Assignment(Model.COROUTINE, 1, true));
        assertThat(((Screen.Planning) s.screen()).plan().toString()).doesNotContain("nolock");
        GameState nofridge = press(s, Key.of(Key.Kind.UP), Key.ch('l'));
        assertThat(((Screen.Planning) nofridge.screen()).plan().assignments().get("flambe").lock()).isTrue();
        assertThat(nofridge.notice()).hasValueSatisfying(n -> assertThat(n).contains("flambe never opens the fridge"));
        GameState typed = Flow.update(s, new FlowEvent.Assign("flambe", new Assignment(Model.THREAD, 2, false)));
        assertThat(((Screen.Planning) typed.screen()).plan().assignments().get("flambe").lock()).isTrue();
    }

    @Test
    void aTooSmallTerminalIgnoresEveryKeyButQuit() {
        GameState small = Flow.update(Fixtures.start(), new FlowEvent.Resized(60, 20));
        GameState s = press(small, ENTER, Key.ch('r'), Key.ch('h'), Key.of(Key.Kind.DOWN));
        assertThat(s.screen()).isEqualTo(small.screen());
        assertThat(s.progress()).isEqualTo(small.progress());
        assertThat(press(s, Key.ch('q')).quit()).isTrue();
        assertThat(press(s, Key.of(Key.Kind.ESCAPE)).quit()).isTrue();
        assertThat(press(s, Key.of(Key.Kind.CTRL_C)).quit()).isTrue();
    }

    @Test
    void aNewHintScrollsTheLongPageBackToItsTopWhereTheHintsAre() {
        GameState s = press(Fixtures.start(), ENTER, ENTER, ENTER);
        Screen.Cooking c = (Screen.Cooking) s.screen();
        s = Flow.update(s, Fixtures.scored(c.run(), c.level(), c.plan(), Fixtures.lunchRun()));
        s = Flow.update(s, new FlowEvent.ScrollTo(7));
        assertThat(((Screen.Results) s.screen()).scroll()).isEqualTo(7);
        s = press(s, Key.ch('h'));
        assertThat(((Screen.Results) s.screen()).scroll()).isZero();
        assertThat(Flow.hintsShown(s)).hasSize(1);
    }

    @Test
    void replayKeepsThePreviousResultForTheSideBySide() {
        GameState s = press(Fixtures.start(), ENTER, ENTER, ENTER);
        s = Flow.update(s, Fixtures.scored(1, Fixtures.LUNCH, Fixtures.LUNCH_DEFAULT, Fixtures.lunchRun()));
        RunResult first = ((Screen.Results) s.screen()).result();
        s = press(s, Key.ch('r'), Key.ch('+'), ENTER);
        s = Flow.update(s, Fixtures.scored(2, Fixtures.LUNCH, Fixtures.LUNCH_DEFAULT, Fixtures.lunchRun(2)));
        assertThat(((Screen.Results) s.screen()).previous()).contains(first);
    }

    @Test
    void aFailedStartGoesBackToThePlanAndSaysWhy() {
        GameState s = press(Fixtures.start(), ENTER, ENTER, ENTER);
        s = Flow.update(s, new FlowEvent.Failed(1, "the kitchens could not start: no java"));
        assertThat(s.screen()).isInstanceOf(Screen.Planning.class);
        assertThat(s.notice()).contains("the kitchens could not start: no java");
    }
}
