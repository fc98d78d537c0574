package dev.forkful.tui;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.Plan;
import dev.forkful.flow.Fixtures;
import dev.forkful.flow.Flow;
import dev.forkful.flow.FlowEvent;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Key;
import dev.forkful.flow.RunResult;
import dev.forkful.flow.Screen;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.CampaignFolder;
import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.level.Model;
import dev.forkful.save.Progress;
import java.nio.file.Path;
import java.util.List;
import dev.forkful.save.LevelProgress;
import dev.forkful.view.Scroll;
import dev.forkful.view.Style;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

/** Every screen of the flow at the least size and a large one, against the golden files. */
public class GoldenScreensTest {

    static GameState press(GameState s, Key... keys) {
        for (Key k : keys) {
            s = Flow.update(s, new FlowEvent.Pressed(k));
        }
        return s;
    }

    static final Key ENTER = Key.of(Key.Kind.ENTER);

    public static GameState state(String screen) {
        GameState start = Fixtures.start();
        return switch (screen) {
            case "map" -> start;
            case "map-progress" -> GameState.start(Fixtures.CAMPAIGN, start.progress()
                    .with("lunch-rush", new LevelProgress(2, 740, 8.1, 1)), Optional.empty());
            case "map-campaign" -> GameState.start(sixteen(), starsOnFirst(6), Optional.empty());
            case "map-campaign-middle" -> GameState.start(sixteen(), starsOnFirst(11), Optional.empty());
            case "briefing" -> press(start, ENTER);
            case "briefing-hint" -> press(start, ENTER, Key.ch('h'));
            case "plan" -> press(start, ENTER, ENTER, Key.of(Key.Kind.RIGHT), Key.ch('+'), Key.ch('l'));
            case "kitchen" -> {
                GameState s = press(start, Key.of(Key.Kind.DOWN));
                s = Flow.update(GameState.start(Fixtures.CAMPAIGN, s.progress().with("lunch-rush", new LevelProgress(1, 0, 1, 0)),
                        Optional.empty()), new FlowEvent.Open("house-fire"));
                s = press(s, ENTER, Key.of(Key.Kind.RIGHT), Key.ch('+'), Key.ch('+'), Key.of(Key.Kind.DOWN),
                        Key.ch('+'), Key.ch('+'), Key.ch('l'), ENTER);
                Screen.Cooking c = (Screen.Cooking) s.screen();
                for (var e : Fixtures.busyKitchen()) {
                    s = Flow.update(s, new FlowEvent.FromEngine(c.run(), e));
                }
                yield s;
            }
            case "results" -> scored(press(start, ENTER, ENTER, ENTER), 1);
            case "results-unmeasured" -> scored(press(start, ENTER, ENTER, ENTER), unmeasured(Fixtures.lunchRun(1)));
            case "results-fire" -> {
                GameState cooking = state("kitchen");
                Screen.Cooking c = (Screen.Cooking) cooking.screen();
                yield Flow.update(cooking, Fixtures.scored(c.run(), c.level(), c.plan(), Fixtures.busyKitchen()));
            }
            case "results-replay" -> {
                GameState first = scored(press(start, ENTER, ENTER, ENTER), 1);
                GameState again = press(first, Key.ch('r'), Key.ch('+'), Key.ch('+'), Key.ch('+'));
                yield scored(press(again, ENTER), 4);
            }
            case "plan-buffet" -> press(GameState.start(Fixtures.campaign(Fixtures.BUFFET), dev.forkful.save.Progress.EMPTY,
                    Optional.empty()), ENTER, ENTER, Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN),
                    Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN));
            case "plan-buffet-hint" -> press(state("plan-buffet"), Key.ch('h'));
            case "kitchen-buffet" -> buffetKitchen();
            case "results-long" -> longResults();
            case "results-long-scrolled" -> scroll(longResults(), Key.of(Key.Kind.DOWN), Key.of(Key.Kind.DOWN));
            case "results-long-end" -> scroll(longResults(), Key.of(Key.Kind.PAGE_DOWN), Key.ch(' '), Key.of(Key.Kind.DOWN),
                    Key.of(Key.Kind.UP));
            case "results-long-hint" -> press(scroll(longResults(), Key.ch(' ')), Key.ch('h'), Key.ch('h'));
            default -> throw new IllegalArgumentException(screen);
        };
    }

    /** The fixture campaign of the real one's size: 16 levels in 6 chapters. */
    static CampaignChapters sixteen() {
        try {
            return CampaignFolder.load(Path.of("src/test/resources/campaign-16"));
        } catch (LevelException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A star or more on each of the first {@code n} levels of {@link #sixteen}, the best wall time on the first. */
    static Progress starsOnFirst(int n) {
        Progress p = Progress.EMPTY;
        List<Level> levels = sixteen().levels();
        for (int i = 0; i < n; i++) {
            p = p.with(levels.get(i).id(), new LevelProgress(1 + i % 3, i == 0 ? 740 : 0, 1, 0));
        }
        return p;
    }

    @Test
    void aCampaignLongerThanTheScreenAlwaysShowsTheChosenLevelAndCountsTheRest() {
        GameState s = GameState.start(sixteen(), starsOnFirst(15), Optional.empty());
        s = press(s, Key.of(Key.Kind.UP), Key.of(Key.Kind.UP), Key.of(Key.Kind.UP), Key.of(Key.Kind.UP), Key.of(Key.Kind.UP),
                Key.of(Key.Kind.UP), Key.of(Key.Kind.UP), Key.of(Key.Kind.UP), Key.of(Key.Kind.UP), Key.of(Key.Kind.UP),
                Key.of(Key.Kind.UP), Key.of(Key.Kind.UP), Key.of(Key.Kind.UP), Key.of(Key.Kind.UP), Key.of(Key.Kind.UP));
        List<Level> levels = sixteen().levels();
        for (int i = 0; i < levels.size(); i++) {
            String text = Golden.screen(s, Style.DEFAULT, 80, 24);
            String title = levels.get(i).title();
            assertThat(text).as("level %d", i + 1).containsPattern("▶ +" + (i + 1) + "  " + title)
                    .contains("\n " + (i + 1) + "  " + title + "  ·  chapter ");
            assertThat(text.lines().count()).isLessThanOrEqualTo(24);
            assertThat(text).as("level %d", i + 1).contains(i == 0 ? "more levels below" : i == levels.size() - 1 ? "more levels above" : "more level");
            int shown = (int) text.lines().filter(l -> l.matches(" (▶| ) +\\d+  .*")).count();
            int above = count(text, "above");
            int below = count(text, "below");
            assertThat(shown + above + below).as("level %d: every level is shown or counted", i + 1).isEqualTo(levels.size());
            s = press(s, Key.of(Key.Kind.DOWN));
        }
        assertThat(Golden.screen(s, Style.DEFAULT, 120, 40)).as("120x40 shows the whole campaign").doesNotContain("more level")
                .contains("Chapter 6 · Beyond the seed").contains("Every level is open; 15 of 16 have a star.");
    }

    /** The number before "more level(s) above|below" on a map screen, 0 when there is none. */
    private static int count(String text, String where) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) more levels? " + where).matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Twenty thread kitchens at work, one chef each; the kitchen of dish 3 has burnt down. */
    static GameState buffetKitchen() {
        GameState s = press(GameState.start(Fixtures.campaign(Fixtures.BUFFET), dev.forkful.save.Progress.EMPTY, Optional.empty()),
                ENTER, ENTER, ENTER);
        int run = ((Screen.Cooking) s.screen()).run();
        long ms = 1_000_000L;
        for (int t = 0; t < Fixtures.BUFFET.tasks().size(); t++) {
            String task = "dish" + t;
            for (var e : java.util.List.of(new EngineEvent.KitchenStarted(t * ms, task, 0, Model.THREAD, 100 + t, 1),
                    new EngineEvent.OrdersArrived(t * ms, task, 0, 1), new EngineEvent.StepStarted(t * ms, task, 0, 0, 0, 0))) {
                s = Flow.update(s, new FlowEvent.FromEngine(run, e));
            }
        }
        for (var e : java.util.List.of(new EngineEvent.KitchenDied(30 * ms, "dish3", 0, 103, 139, true),
                new EngineEvent.Crash(30 * ms, "dish3", Model.THREAD, "segfault", 103, 139, 1),
                new EngineEvent.OrderLost(30 * ms, "dish3", 0, "its kitchen burnt down"))) {
            s = Flow.update(s, new FlowEvent.FromEngine(run, e));
        }
        return s;
    }

    /** Scroll keys as the terminal app sends them: turned into offsets by the view, which knows the page's length. */
    static GameState scroll(GameState s, Key... keys) {
        for (Key k : keys) {
            s = Flow.update(s, new FlowEvent.ScrollTo(Scroll.target(s, k, Style.DEFAULT).orElseThrow()));
        }
        return s;
    }

    /** The results of a level whose lesson is too long for 80x24. */
    static GameState longResults() {
        GameState start = GameState.start(Fixtures.campaign(Fixtures.LONG_LUNCH), dev.forkful.save.Progress.EMPTY, Optional.empty());
        return scored(press(start, ENTER, ENTER, ENTER), 1);
    }

    static GameState scored(GameState cooking, int chefs) {
        return scored(cooking, Fixtures.lunchRun(chefs));
    }

    /** The run as a system that measures none of the kitchens' figures reports it (no {@code /proc}, no CPU clock). */
    static java.util.List<EngineEvent> unmeasured(java.util.List<EngineEvent> events) {
        return events.stream().map(e -> e instanceof EngineEvent.Stats s ? new EngineEvent.Stats(s.atNanos(), s.task(), s.kitchen(),
                s.pid(), -1, -1, -1, -1, s.coroutines(), s.blockedNanos()) : e).toList();
    }

    static GameState scored(GameState cooking, java.util.List<EngineEvent> events) {
        Screen.Cooking c = (Screen.Cooking) cooking.screen();
        for (var e : events) {
            cooking = Flow.update(cooking, new FlowEvent.FromEngine(c.run(), e));
        }
        return Flow.update(cooking, Fixtures.scored(c.run(), c.level(), c.plan(), events));
    }

    @ParameterizedTest
    @CsvSource({
        "map, 80, 24", "map, 120, 40",
        "map-progress, 80, 24", "map-progress, 120, 40",
        "map-campaign, 80, 24", "map-campaign, 120, 40", "map-campaign-middle, 80, 24",
        "briefing, 80, 24", "briefing, 120, 40",
        "briefing-hint, 80, 24", "briefing-hint, 120, 40",
        "plan, 80, 24", "plan, 120, 40", "plan-buffet, 80, 24", "plan-buffet, 120, 40", "plan-buffet-hint, 80, 24",
        "kitchen, 80, 24", "kitchen, 120, 40", "kitchen-buffet, 80, 24", "kitchen-buffet, 120, 40",
        "results, 80, 24", "results, 120, 40", "results-unmeasured, 80, 24", "results-fire, 80, 24", "results-fire, 120, 40",
        "results-replay, 80, 24", "results-replay, 120, 40",
        "results-long, 80, 24", "results-long-scrolled, 80, 24", "results-long-end, 80, 24", "results-long-hint, 80, 24",
        "results-long, 120, 40",
    })
    void screen(String name, int columns, int rows) {
        Golden.check(name + "-" + columns + "x" + rows, Golden.screen(state(name), Style.DEFAULT, columns, rows));
    }

    @Test
    void asciiKitchenUsesNoBoxDrawingAndKeepsTheWords() {
        String text = Golden.screen(state("kitchen"), new Style(true, false), 80, 24);
        Golden.check("kitchen-ascii-80x24", text);
        Golden.check("kitchen-ascii-120x40", Golden.screen(state("kitchen"), new Style(true, false), 120, 40));
        // level texts may have accents; the game's own glyphs (arrows, boxes, stars, fire, ice) must be gone
        assertThat(text.chars()).noneMatch(c -> c >= 0x2190 && c <= 0x2BFF);
        assertThat(text).contains("BURNT DOWN").contains("FROZEN").contains("LOST UPDATES");
    }

    @Test
    void aSmallWindowAsksToBeLarger() {
        String text = Golden.screen(state("kitchen"), Style.DEFAULT, 60, 20);
        Golden.check("too-small-60x20", text);
        assertThat(text).contains("Make the window larger").contains("60x20");
    }

    @Test
    void theKitchenShowsFireIceAndTheFridgeWhereTheyHappen() {
        String text = Golden.screen(state("kitchen"), Style.DEFAULT, 120, 40);
        assertThat(text).contains("pid 5101").contains("BURNT DOWN").contains("FROZEN 540ms")
                .contains("butter: 12 taken, 9 gone").contains("RSS 40MB").contains("chef 2: #5 butter");
    }

    @Test
    void scrollingStopsAtBothEndsAndTheLastLineOfTheLessonCanBeRead() {
        GameState end = scroll(longResults(), Key.of(Key.Kind.PAGE_DOWN), Key.of(Key.Kind.PAGE_DOWN), Key.of(Key.Kind.PAGE_DOWN));
        String text = Golden.screen(end, Style.DEFAULT, 80, 24);
        assertThat(text).contains("one is a whole house.").contains("end of page").doesNotContain("more:");
        GameState up = scroll(end, Key.of(Key.Kind.UP));
        assertThat(((Screen.Results) up.screen()).scroll()).isEqualTo(((Screen.Results) end.screen()).scroll() - 1);
        GameState top = scroll(up, Key.of(Key.Kind.PAGE_UP), Key.of(Key.Kind.PAGE_UP), Key.of(Key.Kind.UP));
        assertThat(((Screen.Results) top.screen()).scroll()).isZero();
        assertThat(Scroll.target(state("results"), Key.of(Key.Kind.DOWN), Style.DEFAULT)).hasValue(0);
        assertThat(Scroll.target(state("plan"), Key.of(Key.Kind.DOWN), Style.DEFAULT)).isEmpty();
    }

    @Test
    void thePlanOfManyTasksAlwaysShowsTheHighlightedTaskAndItsRecipe() {
        GameState s = press(GameState.start(Fixtures.campaign(Fixtures.BUFFET), dev.forkful.save.Progress.EMPTY, Optional.empty()),
                ENTER, ENTER);
        int last = Fixtures.BUFFET.tasks().size() - 1;
        for (int row = 0; row <= last; row++) {
            String text = Golden.screen(s, Style.DEFAULT, 80, 24);
            assertThat(text).as("row %d", row).contains("▶ Dish number " + row + " ").contains(" Dish number " + row + ": ")
                    .contains("steps: ");
            if (row == 0 || row == last) {
                assertThat(text).contains(row == 0 ? "more tasks below" : "more tasks above")
                        .doesNotContain(row == 0 ? "more tasks above" : "more tasks below");
            }
            s = press(s, Key.of(Key.Kind.DOWN));
        }
    }

    @Test
    void aKitchenOfManyTasksGivesUpChefAndKitchenLinesBeforeTasksButKeepsTheFire() {
        String text = Golden.screen(buffetKitchen(), Style.DEFAULT, 120, 40);
        for (int t = 0; t < Fixtures.BUFFET.tasks().size(); t++) {
            assertThat(text).contains("Dish number " + t + " ");
        }
        assertThat(text).contains("pid 103").contains("BURNT DOWN").doesNotContain("chef 0:").doesNotContain("more lines");
        assertThat(Golden.screen(state("kitchen"), Style.DEFAULT, 120, 40)).as("a small level keeps every line")
                .contains("chef 0: #3 flame").contains("pid 5110");
    }

    @Test
    void theRunningViewSaysHowManyChefsItCouldNotList() {
        GameState s = Flow.update(press(Fixtures.start(), ENTER), new FlowEvent.Assign("soup", new Assignment(Model.THREAD, 8, true)));
        s = press(s, ENTER);
        int run = ((Screen.Cooking) s.screen()).run();
        s = Flow.update(s, new FlowEvent.FromEngine(run, new dev.forkful.engine.EngineEvent.KitchenStarted(1, "soup", 0, Model.THREAD, 77, 8)));
        for (int chef = 0; chef < 8; chef++) {
            s = Flow.update(s, new FlowEvent.FromEngine(run, new dev.forkful.engine.EngineEvent.StepStarted(2, "soup", 0, chef, chef, 1)));
        }
        String text = Golden.screen(s, Style.DEFAULT, 80, 24);
        String chefs = text.lines().filter(l -> l.contains("chef 0:")).findFirst().orElseThrow();
        long listed = chefs.split("chef \\d+:", -1).length - 1;
        assertThat(chefs).endsWith("+" + (8 - listed) + " more");
        assertThat(listed).isBetween(1L, 7L);
    }

    /** A kitchen on a system that gives none of its figures: each named once as not measured, no number in its place. */
    @Test
    void aKitchenThatCannotMeasureItselfSaysSoInsteadOfAFigure() {
        GameState s = state("kitchen");
        int run = ((Screen.Cooking) s.screen()).run();
        s = Flow.update(s, new FlowEvent.FromEngine(run,
                new EngineEvent.Stats(400_000_000L, "sauce", 0, 5110, -1, -1, -1, -1, 0, 0)));
        String line = Golden.screen(s, Style.DEFAULT, 120, 40).lines().filter(l -> l.contains("pid 5110")).findFirst().orElseThrow();
        assertThat(line).endsWith("✓ cooking  memory, threads, CPU not measured here").doesNotContain("MB").doesNotContain("%");
    }

    @Test
    void replayShowsBothPlans() {
        Plan four = new Plan(Map.of("soup", new Assignment(Model.THREAD, 4, true)));
        GameState s = state("results-replay");
        Screen.Results r = (Screen.Results) s.screen();
        assertThat(r.result().plan()).isEqualTo(four);
        assertThat(r.previous()).map(RunResult::plan).contains(Fixtures.LUNCH_DEFAULT);
    }
}
