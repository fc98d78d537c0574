package dev.forkful.view;

import dev.forkful.flow.GameState;
import dev.forkful.flow.LiveKitchen;
import dev.forkful.flow.Screen;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Level;
import dev.forkful.level.Plain;
import dev.forkful.save.LevelProgress;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign: its chapters, each level numbered across the campaign with its stars, best time
 * and whether it is open, what opens next, and the chosen level's brief. A campaign longer than
 * the screen shows the part around the chosen level, with how many levels are above and below.
 */
final class MapView {
    /** The brief keeps at least this many rows under the list, so the chosen level is always introduced. */
    private static final int MIN_BRIEF_ROWS = 2;

    private MapView() {
    }

    static Page page(GameState s, Screen.LevelMap m, Style style, int width, int rows) {
        CampaignChapters campaign = s.campaign();
        List<Level> levels = s.levels();
        List<Line> top = new ArrayList<>();
        top.add(Line.of(" " + campaign.title().map(t -> t + ": " + levels.size() + " levels in " + campaign.chapters().size()
                + (campaign.chapters().size() == 1 ? " chapter" : " chapters"))
                .orElse("A kitchen game about processes, threads and coroutines, cooked by real ones.")));
        top.add(new Line());
        List<Line> bottom = new ArrayList<>();
        if (!levels.isEmpty()) {
            bottom.add(new Line());
            Words.wrap(NextUnlock.sentence(campaign, s.progress()), width - 2).forEach(t -> bottom.add(Line.of(" " + t, Tone.DIM)));
            Level chosen = levels.get(m.selected());
            bottom.add(new Line());
            // the list may be scrolled past the chapter's own title: the chosen level says it
            int chapter = campaign.chapterNumber(chosen);
            Line title = Line.of(" " + campaign.number(chosen) + "  " + chosen.title(), Tone.TITLE);
            campaign.chapters().get(chapter - 1).title().ifPresent(t -> title.add("  " + style.dot() + "  chapter " + chapter + ", " + t, Tone.DIM));
            bottom.add(title);
        }
        List<Row> list = rows(s, m, style);
        int selectedRow = 0;
        while (selectedRow < list.size() && !list.get(selectedRow).chosen()) {
            selectedRow++;
        }
        List<Line> body = new ArrayList<>(top);
        body.addAll(window(list, selectedRow, rows - top.size() - bottom.size() - MIN_BRIEF_ROWS, style));
        body.addAll(bottom);
        List<String> brief = levels.isEmpty() ? List.of() : Words.wrap(levels.get(m.selected()).brief(), width - 2);
        // the title art heads the map only where everything else has room
        if (style.drawings() && Art.TITLE.width(style) + 1 <= width && body.size() + brief.size() + Art.TITLE.height(style) + 1 <= rows) {
            body.addAll(0, Drawings.of(Art.TITLE, style, Tone.TITLE));
            body.add(Art.TITLE.height(style), new Line());
        }
        int room = Math.max(0, rows - body.size());
        brief.stream().limit(room).forEach(t -> body.add(Line.of(" " + t)));
        return new Page("the campaign", body, List.of(style.updown(), "choose", "Enter", "open", "q", "quit"));
    }

    /** One row of the list: a chapter's title or a level, which may be the chosen one. */
    private record Row(Line line, boolean level, boolean chosen) {}

    /** The chapter titles and the level rows, in play order. */
    private static List<Row> rows(GameState s, Screen.LevelMap m, Style style) {
        CampaignChapters campaign = s.campaign();
        List<Row> out = new ArrayList<>();
        for (int c = 0; c < campaign.chapters().size(); c++) {
            CampaignChapters.Chapter chapter = campaign.chapters().get(c);
            int number = c + 1;
            chapter.title().ifPresent(t -> out.add(new Row(Line.of(" Chapter " + number + " " + style.dot() + " " + t, Tone.TITLE),
                    false, false)));
            for (Level l : chapter.levels()) {
                int n = campaign.number(l);
                boolean here = n - 1 == m.selected();
                out.add(new Row(levelRow(s, l, n, here, style), true, here));
            }
        }
        return out;
    }

    private static Line levelRow(GameState s, Level l, int number, boolean here, Style style) {
        LevelProgress p = s.progress().of(l.id());
        boolean open = s.unlocked(l);
        Line line = new Line().add(here ? " " + style.pointer() + " " : "   ");
        line.add(Plain.format("%2d  %-28s", number, l.title()), here ? Tone.SELECTED : open ? Tone.PLAIN : Tone.DIM);
        line.add("  " + style.stars(p.stars(), l.stars().rules().size()) + "  ");
        if (!open) {
            line.add("locked until " + (number - 1) + " has a star", Tone.DIM);
        } else if (p.stars() == 0) {
            line.add("not played yet", Tone.DIM);
        } else {
            line.add(p.stars() + (p.stars() == 1 ? " star" : " stars")
                    + (p.bestWallMs() > 0 ? ", best " + LiveKitchen.millis(p.bestWallMs()) : ""));
        }
        return line;
    }

    /**
     * The rows of {@code list} that fit in {@code room}: all of them, or the part around
     * {@code selected} with a row that counts the levels left out above or below.
     */
    private static List<Line> window(List<Row> list, int selected, int room, Style style) {
        int n = list.size();
        int fit = Math.max(3, room);
        if (n <= fit) {
            return list.stream().map(Row::line).toList();
        }
        int from;
        int to;
        if (selected <= fit - 2) {
            from = 0;
            to = fit - 1;
        } else if (selected >= n - (fit - 1)) {
            from = n - (fit - 1);
            to = n;
        } else {
            int shown = fit - 2;
            from = Math.clamp(selected - shown / 2, 1, n - shown - 1);
            to = from + shown;
        }
        List<Line> out = new ArrayList<>();
        if (from > 0) {
            out.add(Line.of("    " + style.up() + " " + more(list.subList(0, from)) + " above", Tone.DIM));
        }
        list.subList(from, to).forEach(r -> out.add(r.line()));
        if (to < n) {
            out.add(Line.of("    " + style.down() + " " + more(list.subList(to, n)) + " below", Tone.DIM));
        }
        return out;
    }

    /** How many levels (not chapter titles) a part of the list holds, in words. */
    private static String more(List<Row> rows) {
        long levels = rows.stream().filter(Row::level).count();
        return levels + (levels == 1 ? " more level" : " more levels");
    }
}
