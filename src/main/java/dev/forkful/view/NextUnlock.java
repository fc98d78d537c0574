package dev.forkful.view;

import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Level;
import dev.forkful.save.Progress;
import java.util.List;

/** What opens next on the campaign, in words: the same sentence on the map and in {@code forkful levels}. */
public final class NextUnlock {
    private NextUnlock() {
    }

    /** A level opens when the one before it earned a star: the first locked one is next, and the level before it is the way. */
    public static String sentence(CampaignChapters campaign, Progress progress) {
        List<Level> levels = campaign.levels();
        List<String> ids = levels.stream().map(Level::id).toList();
        for (int i = 1; i < levels.size(); i++) {
            Level next = levels.get(i);
            if (!progress.isUnlocked(ids, next.id())) {
                int chapter = campaign.chapterNumber(next);
                boolean opensChapter = chapter != campaign.chapterNumber(levels.get(i - 1));
                String what = opensChapter
                        ? "chapter " + chapter + campaign.chapters().get(chapter - 1).title().map(t -> ", " + t).orElse("")
                                + ", with " + named(campaign, next)
                        : named(campaign, next);
                return "Next: earn a star on " + named(campaign, levels.get(i - 1)) + " to open " + what + ".";
            }
        }
        long starred = levels.stream().filter(l -> progress.of(l.id()).stars() > 0).count();
        return starred == levels.size() ? "Every level is open and has a star."
                : "Every level is open; " + starred + " of " + levels.size() + " have a star.";
    }

    private static String named(CampaignChapters campaign, Level level) {
        return campaign.number(level) + " " + level.title();
    }
}
