package dev.forkful.console;

import dev.forkful.level.Level;
import dev.forkful.level.Visible;
import dev.forkful.save.LevelProgress;
import dev.forkful.save.Progress;
import java.util.ArrayList;
import java.util.List;

/** The campaign as plain lines, for {@code forkful levels} and the shell's {@code levels}. */
public final class CampaignText {
    private CampaignText() {
    }

    public static List<String> lines(List<Level> campaign, Progress progress) {
        List<String> out = new ArrayList<>();
        List<String> ids = campaign.stream().map(Level::id).toList();
        for (Level l : campaign) {
            LevelProgress p = progress.of(l.id());
            int of = l.stars().rules().size();
            String state = !progress.isUnlocked(ids, l.id()) ? "locked"
                    : p.stars() + " of " + of + (of == 1 ? " star" : " stars")
                            + (p.bestWallMs() > 0 ? ", best " + dev.forkful.flow.LiveKitchen.millis(p.bestWallMs()) : "");
            out.add(String.format("%2d  %-20s %-28s %s", l.chapter(), l.id(), Visible.line(l.title()), state));
        }
        return out;
    }
}
