package dev.forkful.tui;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.Plan;
import dev.forkful.flow.Effect;
import dev.forkful.flow.Fixtures;
import dev.forkful.flow.Flow;
import dev.forkful.flow.FlowEvent;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Key;
import dev.forkful.flow.RecordedRuns;
import dev.forkful.flow.Screen;
import dev.forkful.flow.TimelineWindow;
import dev.forkful.level.Model;
import dev.forkful.view.Scroll;
import dev.forkful.view.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The results' timeline page of the first three levels' kinds of kitchens, against the golden files. */
class TimelineScreensTest {

    static GameState press(GameState s, Key... keys) {
        for (Key k : keys) {
            s = Flow.update(s, new FlowEvent.Pressed(k));
        }
        return s;
    }

    static GameState scroll(GameState s, Key... keys) {
        for (Key k : keys) {
            s = Flow.update(s, new FlowEvent.ScrollTo(Scroll.target(s, k, Style.DEFAULT).orElseThrow()));
        }
        return s;
    }

    static GameState state(String name, int columns, int rows) {
        GameState threads = RecordedRuns.results(RecordedRuns.CHOPPING_BOARD, RecordedRuns.plan("salad", Model.THREAD, 4, true),
                RecordedRuns.choppingBoard(4));
        return switch (name) {
            case "timeline-threads" -> press(sized(threads, columns, rows), Key.ch('t'));
            case "timeline-loop" -> press(sized(RecordedRuns.results(RecordedRuns.SOUP_KITCHEN,
                    RecordedRuns.plan("soup", Model.COROUTINE, 1, true), RecordedRuns.soupKitchen()), columns, rows), Key.ch('t'));
            // x16 around the middle, then 21 quarter-windows back: the loop chopping the 24 bowls one after another
            case "timeline-loop-zoomed" -> press(press(state("timeline-loop", columns, rows), Key.ch('+'), Key.ch('+'), Key.ch('+'),
                    Key.ch('+')), java.util.Collections.nCopies(21, Key.of(Key.Kind.LEFT)).toArray(Key[]::new));
            case "timeline-grill" -> press(sized(RecordedRuns.results(RecordedRuns.MIXED_GRILL, grill(false, Model.PROCESS, 2),
                    RecordedRuns.mixedGrill()), columns, rows), Key.ch('t'));
            case "timeline-grill-ascii" -> state("timeline-grill", columns, rows);
            case "timeline-fire-ascii" -> state("timeline-fire", columns, rows);
            case "timeline-grill-locked" -> press(sized(RecordedRuns.results(RecordedRuns.MIXED_GRILL, grill(true, Model.THREAD, 4),
                    RecordedRuns.mixedGrill(true, Model.THREAD, 4)), columns, rows), Key.ch('t'));
            // the jar locked, then not: twelve chefs, the race and both plans' plots do not all fit at 80x24
            case "timeline-grill-replay" -> press(RecordedRuns.cook(press(state("timeline-grill-locked", columns, rows), Key.ch('t'),
                    Key.ch('r')), grill(false, Model.THREAD, 4), RecordedRuns.mixedGrill(false, Model.THREAD, 4)), Key.ch('t'));
            case "timeline-grill-replay-scrolled" -> scroll(state("timeline-grill-replay", columns, rows), Key.of(Key.Kind.PAGE_DOWN),
                    Key.of(Key.Kind.DOWN));
            case "timeline-replay" -> {
                GameState before = sized(RecordedRuns.results(RecordedRuns.CHOPPING_BOARD,
                        RecordedRuns.plan("salad", Model.THREAD, 1, true), RecordedRuns.choppingBoard(1)), columns, rows);
                yield press(RecordedRuns.cook(press(before, Key.ch('r')), RecordedRuns.plan("salad", Model.THREAD, 4, true),
                        RecordedRuns.choppingBoard(4)), Key.ch('t'));
            }
            // the fire level's busy moment: a house burnt down, one froze, thread chefs lost an update
            case "timeline-fire" -> {
                GameState cooking = sized(GoldenScreensTest.state("kitchen"), columns, rows);
                Screen.Cooking c = (Screen.Cooking) cooking.screen();
                List<dev.forkful.engine.EngineEvent> events = RecordedRuns.withCooked(c.level(), Fixtures.busyKitchen());
                yield press(Flow.update(cooking, Fixtures.scored(c.run(), c.level(), c.plan(), events)), Key.ch('t'));
            }
            case "results-code" -> {
                GameState asked = press(sized(RecordedRuns.results(RecordedRuns.SOUP_KITCHEN, RecordedRuns.plan("soup", Model.COROUTINE, 1, true),
                        RecordedRuns.soupKitchen()), columns, rows), Key.ch('c'));
                Effect.WriteProgram w = (Effect.WriteProgram) asked.effects().getFirst();
                yield Flow.update(asked, new FlowEvent.ProgramWritten(w.level(), w.plan(), w.lang(), SOUP_PROGRAM));
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A program as {@code forkful code} writes it, cut short: the golden screen is about the page, not the writer. */
    static final String SOUP_PROGRAM = """
            #!/usr/bin/env python3
            # Written by `forkful code soup-kitchen --plan soup=coroutine --lang python`.
            # Level "soup-kitchen" (The Soup Kitchen), plan: soup=coroutine.
            import asyncio
            import time


            async def cook_soup(order):
                await cpu(0.0002)  # chop: cpu 200us; a busy loop that holds the one thread, as cpu work does in a coroutine
                await asyncio.sleep(0.2)  # simmer: wait 200ms
                await cpu(0.0002)  # ladle: cpu 200us


            async def main():
                started = time.perf_counter()
                await asyncio.gather(*(cook_soup(order) for order in range(24)))
                print(f"wall {time.perf_counter() - started:.3f} s")


            asyncio.run(main())
            """;

    static Plan grill(boolean lock, Model salad, int saladChefs) {
        return new Plan(Map.of("skewers", new Assignment(Model.THREAD, 8, lock), "salad", new Assignment(salad, saladChefs, true)));
    }

    private static GameState sized(GameState s, int columns, int rows) {
        return Flow.update(s, new FlowEvent.Resized(columns, rows));
    }

    @ParameterizedTest
    @CsvSource({
        "timeline-threads, 80, 24", "timeline-threads, 120, 40",
        "timeline-loop, 80, 24", "timeline-loop, 120, 40", "timeline-loop-zoomed, 80, 24",
        "timeline-grill, 80, 24", "timeline-grill, 120, 40",
        "timeline-grill-locked, 120, 40", "timeline-grill-replay, 80, 24", "timeline-grill-replay-scrolled, 80, 24", "timeline-grill-replay, 120, 40",
        "timeline-replay, 80, 24", "timeline-replay, 120, 40", "timeline-grill-ascii, 80, 24", "results-code, 80, 24",
        "timeline-fire, 80, 24", "timeline-fire-ascii, 80, 24",
    })
    void screen(String name, int columns, int rows) {
        Style style = name.endsWith("-ascii") ? new Style(true, false) : Style.DEFAULT;
        Golden.check(name + "-" + columns + "x" + rows, Golden.screen(state(name, columns, rows), style, columns, rows));
    }

    @Test
    void everyLaneIsShownOrCountedWhileScrollingAndScrollingStopsAtBothEnds() {
        GameState s = state("timeline-grill-replay", 80, 24);
        List<Integer> firsts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String text = Golden.screen(s, Style.DEFAULT, 80, 24);
            int shown = (int) text.lines().filter(l -> l.matches(" (skewers|salad) chef \\d.*")).count();
            assertThat(shown + count(text, "(\\d+) more rows? below") + count(text, "(\\d+) above")).as("step %d", i).isEqualTo(12);
            firsts.add(((Screen.Results) s.screen()).window().firstLane());
            s = Flow.update(s, new FlowEvent.ScrollTo(Scroll.target(s, Key.of(Key.Kind.DOWN), Style.DEFAULT).orElseThrow()));
        }
        assertThat(firsts).containsExactly(0, 1, 2, 2, 2);
        GameState top = scroll(s, Key.of(Key.Kind.PAGE_UP), Key.of(Key.Kind.UP));
        assertThat(((Screen.Results) top.screen()).window().firstLane()).isZero();
        assertThat(Scroll.target(state("timeline-grill", 120, 40), Key.of(Key.Kind.DOWN), Style.DEFAULT)).hasValue(0);
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void tSwitchesPagesZoomWorksOnTheTimelineOnlyAndAHintShowsOnTheVerdict() {
        GameState verdict = Flow.update(state("timeline-threads", 80, 24), new FlowEvent.Pressed(Key.ch('t')));
        Screen.Results r = (Screen.Results) verdict.screen();
        assertThat(r.page()).isEqualTo(Screen.ResultsPage.SCORE);
        assertThat(Golden.screen(verdict, Style.DEFAULT, 80, 24)).contains("t timeline");
        assertThat(((Screen.Results) press(verdict, Key.ch('+')).screen()).window()).isEqualTo(TimelineWindow.WHOLE);

        GameState timeline = press(verdict, Key.of(Key.Kind.TAB), Key.ch('+'), Key.ch('+'), Key.of(Key.Kind.RIGHT));
        Screen.Results t = (Screen.Results) timeline.screen();
        assertThat(t.page()).isEqualTo(Screen.ResultsPage.TIMELINE);
        assertThat(t.window().zoom()).isEqualTo(2);
        assertThat(Golden.screen(timeline, Style.DEFAULT, 80, 24)).contains("zoom x4");

        Screen.Results hinted = (Screen.Results) press(timeline, Key.ch('h')).screen();
        assertThat(hinted.page()).isEqualTo(Screen.ResultsPage.SCORE);
        assertThat(hinted.window()).as("the timeline keeps its window for the way back").isEqualTo(t.window());
        assertThat(press(timeline, Key.ch('q')).screen()).isInstanceOf(Screen.LevelMap.class);
        assertThat(press(timeline, Key.ch('r')).screen()).isInstanceOf(Screen.Planning.class);
    }

    @Test
    void cShowsThePlanAsAProgramOnceWrittenAndLSwitchesItsLanguage() {
        GameState results = sized(RecordedRuns.results(RecordedRuns.SOUP_KITCHEN, RecordedRuns.plan("soup", Model.COROUTINE, 1, true),
                RecordedRuns.soupKitchen()), 80, 24);
        Screen.Results r = (Screen.Results) results.screen();
        GameState asked = press(results, Key.ch('c'));
        assertThat(asked.effects()).containsExactly(new Effect.WriteProgram(r.level(), r.result().plan(), "python"));
        assertThat(Golden.screen(asked, Style.DEFAULT, 80, 24)).contains("writing the program");

        GameState shown = Flow.update(asked, new FlowEvent.ProgramWritten(r.level(), r.result().plan(), "python", SOUP_PROGRAM));
        assertThat(((Screen.Results) shown.screen()).program()).hasValueSatisfying(p -> assertThat(p.lines()).hasSize(20));
        GameState otherPlan = Flow.update(asked, new FlowEvent.ProgramWritten(r.level(), grill(true, Model.THREAD, 1), "python", "x"));
        assertThat(((Screen.Results) otherPlan.screen()).program()).as("a program of another plan is not this one's").isEmpty();

        GameState longer = Flow.update(asked, new FlowEvent.ProgramWritten(r.level(), r.result().plan(), "python",
                SOUP_PROGRAM.repeat(3)));
        GameState scrolled = scroll(longer, Key.of(Key.Kind.PAGE_DOWN), Key.of(Key.Kind.PAGE_DOWN), Key.of(Key.Kind.PAGE_DOWN));
        assertThat(((Screen.Results) scrolled.screen()).program().orElseThrow().scroll()).isEqualTo(60 - 19);
        assertThat(((Screen.Results) scrolled.screen()).scroll()).as("the verdict's own scroll stays").isZero();
        assertThat(Golden.screen(scrolled, Style.DEFAULT, 80, 24)).contains("asyncio.run(main())\n end of page");

        assertThat(press(shown, Key.ch('l')).effects()).containsExactly(new Effect.WriteProgram(r.level(), r.result().plan(), "java"));
        GameState verdict = press(shown, Key.ch('c'));
        assertThat(((Screen.Results) verdict.screen()).page()).isEqualTo(Screen.ResultsPage.SCORE);
        GameState again = press(verdict, Key.ch('c'));
        assertThat(again.effects()).as("written once").isEmpty();
        assertThat(((Screen.Results) again.screen()).page()).isEqualTo(Screen.ResultsPage.CODE);
    }
}
