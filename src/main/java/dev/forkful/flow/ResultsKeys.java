package dev.forkful.flow;

import java.util.List;
import java.util.Optional;

/**
 * The keys of the results' own pages: t or Tab switches between the verdict and the timeline, c between
 * the verdict and the plan as a real program (l changes its language); on the timeline, + and - zoom and
 * ←→ move in time. Rows and lines scroll through {@link FlowEvent.ScrollTo}, which the view computes, as on
 * every long page. Other keys are the results screen's as a whole (empty).
 */
final class ResultsKeys {
    /** The languages a program is written in, the first by default. */
    static final List<String> LANGS = List.of("python", "java");

    private ResultsKeys() {
    }

    static Optional<GameState> on(GameState s, Screen.Results r, Key key) {
        if (key.is('t') || key.kind() == Key.Kind.TAB) {
            return Optional.of(s.screen(r.page(r.page() == Screen.ResultsPage.TIMELINE ? Screen.ResultsPage.SCORE : Screen.ResultsPage.TIMELINE)));
        }
        if (key.is('c')) {
            return Optional.of(r.page() == Screen.ResultsPage.CODE ? s.screen(r.page(Screen.ResultsPage.SCORE))
                    : write(s.screen(r.page(Screen.ResultsPage.CODE)), r, r.program().map(Screen.Program::lang).orElse(LANGS.getFirst()), false));
        }
        if (r.page() == Screen.ResultsPage.CODE && key.is('l')) {
            String now = r.program().map(Screen.Program::lang).orElse(LANGS.getFirst());
            return Optional.of(write(s, r, LANGS.get((LANGS.indexOf(now) + 1) % LANGS.size()), true));
        }
        return r.page() == Screen.ResultsPage.TIMELINE ? timeline(r, key).map(s::screen) : Optional.empty();
    }

    /** Asks for the program in {@code lang}, unless it is written already. */
    private static GameState write(GameState s, Screen.Results r, String lang, boolean again) {
        boolean written = r.program().isPresent() && !again;
        return written ? s : s.effects(List.of(new Effect.WriteProgram(r.level(), r.result().plan(), lang)));
    }

    /** The program arrives: shown if the results of its plan are still there. */
    static GameState written(GameState s, FlowEvent.ProgramWritten p) {
        if (s.screen() instanceof Screen.Results r && r.level().equals(p.level()) && r.result().plan().equals(p.plan())) {
            return s.screen(r.program(new Screen.Program(p.lang(), p.text().lines().toList(), 0)));
        }
        return s;
    }

    private static Optional<Screen.Results> timeline(Screen.Results r, Key key) {
        long span = r.spanNanos();
        TimelineWindow w = r.window();
        return switch (key.kind()) {
            case LEFT -> Optional.of(r.window(w.move(-1, span)));
            case RIGHT -> Optional.of(r.window(w.move(1, span)));
            case CHAR -> key.ch() == '+' || key.ch() == '=' ? Optional.of(r.window(w.zoomIn(span)))
                    : key.ch() == '-' ? Optional.of(r.window(w.zoomOut(span)))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }
}
