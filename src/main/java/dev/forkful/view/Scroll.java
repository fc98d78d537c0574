package dev.forkful.view;

import dev.forkful.flow.GameState;
import dev.forkful.flow.Key;
import dev.forkful.flow.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The part of a long page that fits: the lines from the scroll offset on, and a last row that says
 * how much is above and below and which keys scroll. The offset is clamped here, where the page's
 * length is known.
 */
public final class Scroll {
    private Scroll() {
    }

    /**
     * Where a scroll key takes the long page shown: a line for ↑↓, a page for PgUp/PgDn/Space,
     * never past either end. Empty when the key does not scroll this screen.
     */
    public static OptionalInt target(GameState s, Key key, Style style) {
        if (s.screen() instanceof Screen.Results r && r.page() == Screen.ResultsPage.TIMELINE) {
            return TimelineView.scrollTarget(r, key, style, s.columns(), Pages.bodyRows(s.rows()));
        }
        int offset = switch (s.screen()) {
            case Screen.Briefing b -> b.scroll();
            case Screen.Results r -> Pages.scroll(r);
            default -> -1;
        };
        int rows = Pages.bodyRows(s.rows());
        int page = Math.max(1, rows - 2);
        int step = switch (key.kind()) {
            case UP -> -1;
            case DOWN -> 1;
            case PAGE_UP -> -page;
            case PAGE_DOWN -> page;
            case CHAR -> key.ch() == ' ' ? page : 0;
            default -> 0;
        };
        if (offset < 0 || step == 0) {
            return OptionalInt.empty();
        }
        int last = last(Pages.page(s, style, s.columns(), rows).body().size(), rows);
        return OptionalInt.of(Math.clamp((long) Math.min(offset, last) + step, 0, last));
    }

    /** The largest useful offset: the last line of the page on the row above the "more" row. */
    private static int last(int lines, int rows) {
        return lines <= rows ? 0 : lines - (rows - 1);
    }

    public static List<Line> window(List<Line> body, int offset, int rows, Style style) {
        if (body.size() <= rows) {
            return body;
        }
        int room = rows - 1;
        int last = last(body.size(), rows);
        int from = Math.clamp(offset, 0, last);
        List<Line> shown = new ArrayList<>(body.subList(from, from + room));
        int below = body.size() - from - room;
        Line more = new Line().add(" ");
        if (below > 0) {
            more.add(style.down() + " more: " + below + (below == 1 ? " line" : " lines") + " below", Tone.KEY);
        } else {
            more.add("end of page", Tone.DIM);
        }
        if (from > 0) {
            more.add("  " + style.up() + " " + from + " above", Tone.DIM);
        }
        more.add("   " + style.updown() + " PgUp PgDn Space scroll", Tone.DIM);
        shown.add(more);
        return shown;
    }
}
