package dev.forkful.flow;

import java.util.Optional;

/**
 * The keys of the results' own pages: t or Tab switches between the verdict and the timeline; on the
 * timeline, + and - zoom and ←→ move in time. The rows scroll through {@link FlowEvent.ScrollTo}, which
 * the view computes, as on every long page. Other keys are the results screen's as a whole (empty).
 */
final class ResultsKeys {
    private ResultsKeys() {
    }

    static Optional<Screen.Results> on(Screen.Results r, Key key) {
        if (key.is('t') || key.kind() == Key.Kind.TAB) {
            return Optional.of(r.page(r.page() == Screen.ResultsPage.SCORE ? Screen.ResultsPage.TIMELINE : Screen.ResultsPage.SCORE));
        }
        if (r.page() != Screen.ResultsPage.TIMELINE) {
            return Optional.empty();
        }
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
