package dev.forkful.console;

import dev.forkful.flow.LiveKitchen;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Level;
import dev.forkful.level.Plain;
import dev.forkful.level.Visible;
import dev.forkful.save.LevelProgress;
import dev.forkful.save.Progress;
import dev.forkful.view.NextUnlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign as plain lines, for {@code forkful levels} and the shell's {@code levels}: its title,
 * each chapter's title, the levels numbered across the campaign, and what opens next.
 */
public final class CampaignText {
    private CampaignText() {
    }

    public static List<String> lines(CampaignChapters campaign, Progress progress) {
        List<String> out = new ArrayList<>();
        List<Level> levels = campaign.levels();
        List<String> ids = levels.stream().map(Level::id).toList();
        campaign.title().ifPresent(t -> out.add(Visible.line(t) + ": " + levels.size() + (levels.size() == 1 ? " level" : " levels")
                + " in " + campaign.chapters().size() + (campaign.chapters().size() == 1 ? " chapter" : " chapters")));
        for (int c = 0; c < campaign.chapters().size(); c++) {
            CampaignChapters.Chapter chapter = campaign.chapters().get(c);
            int number = c + 1;
            chapter.title().ifPresent(t -> out.add("Chapter " + number + ": " + Visible.line(t)));
            for (Level l : chapter.levels()) {
                int n = campaign.number(l);
                LevelProgress p = progress.of(l.id());
                int of = l.stars().rules().size();
                String state = !progress.isUnlocked(ids, l.id()) ? "locked until " + (n - 1) + " has a star"
                        : p.stars() + " of " + of + (of == 1 ? " star" : " stars")
                                + (p.bestWallMs() > 0 ? ", best " + LiveKitchen.millis(p.bestWallMs()) : "");
                out.add(Plain.format("%2d  %-20s %-28s %s", n, l.id(), Visible.line(l.title()), state));
            }
        }
        out.add(Visible.line(NextUnlock.sentence(campaign, progress)));
        return out;
    }
}
