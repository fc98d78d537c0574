package dev.forkful.tui;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.Plan;
import dev.forkful.flow.Flow;
import dev.forkful.flow.FlowEvent;
import dev.forkful.flow.GameState;
import dev.forkful.flow.Key;
import dev.forkful.flow.RecordedRuns;
import dev.forkful.level.Model;
import dev.forkful.view.Scroll;
import dev.forkful.view.Style;
import java.util.Map;
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
            default -> throw new IllegalArgumentException(name);
        };
    }

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
        "timeline-replay, 80, 24", "timeline-replay, 120, 40", "timeline-grill-ascii, 80, 24",
    })
    void screen(String name, int columns, int rows) {
        Style style = name.endsWith("-ascii") ? new Style(true, false) : Style.DEFAULT;
        Golden.check(name + "-" + columns + "x" + rows, Golden.screen(state(name, columns, rows), style, columns, rows));
    }
}
