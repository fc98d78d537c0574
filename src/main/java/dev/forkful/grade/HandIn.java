package dev.forkful.grade;

import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Level;
import dev.forkful.level.Plain;
import dev.forkful.save.LevelProgress;
import dev.forkful.save.Progress;
import java.util.Optional;

/**
 * The answers file a student hands in: their best plan on every level of the campaign they played,
 * from the saved progress, in the TOML that {@link dev.forkful.level.AnswersFile} reads back.
 */
public final class HandIn {
    private HandIn() {
    }

    /** How a campaign is named in hand-ins: its title, else its folder's key, else the built-in one's title. */
    public static String campaignName(CampaignChapters campaign) {
        return campaign.title().or(campaign::key).orElse("built-in");
    }

    /** The file's text; levels without a recorded plan are left out (and counted in {@link #missing}). */
    public static String toml(String student, CampaignChapters campaign, Progress progress) {
        StringBuilder out = new StringBuilder("# forkful answers: grade with  forkful grade FILE... --levels DIR\n");
        out.append("student = ").append(quoted(student)).append('\n');
        out.append("campaign = ").append(quoted(campaignName(campaign))).append("\n\n[plans]\n");
        for (Level level : campaign.levels()) {
            plan(progress, level).ifPresent(p -> out.append(level.id()).append(" = ").append(quoted(p)).append('\n'));
        }
        return out.toString();
    }

    /** How many levels of the campaign have no plan to hand in. */
    public static long missing(CampaignChapters campaign, Progress progress) {
        return campaign.levels().stream().filter(l -> plan(progress, l).isEmpty()).count();
    }

    private static Optional<String> plan(Progress progress, Level level) {
        LevelProgress.BestPlan best = progress.of(level.id()).bestPlan();
        return best.plan().isEmpty() ? Optional.empty() : Optional.of(best.plan());
    }

    /** A TOML basic string: quotes, backslashes and control characters escaped. */
    static String quoted(String s) {
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        q.append(Plain.format("\\u%04X", c));
                    } else {
                        q.appendCodePoint(c);
                    }
                }
            }
        });
        return q.append('"').toString();
    }
}
