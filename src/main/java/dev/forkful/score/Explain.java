package dev.forkful.score;

import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Plain;
import dev.forkful.level.Recipe;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened in a run and why, in plain words. Each reason is tied to the truth-table row
 * (DESIGN.md section 1) that caused it: a situation of the recipe crossed with the task's model.
 * Every sentence is built from the measured figures and the level's recipe; a sentence that the
 * figures do not back is not said.
 */
public final class Explain {
    private Explain() {
    }

    /**
     * One explanation.
     *
     * @param row   the truth-table row it stands for, or {@link Row#STARS}
     * @param task  the task it tells of, or null for the stars
     * @param model the column, or null for the stars
     */
    public record Reason(Row row, String task, Model model, String text) {}

    /** The explanations as lines of text, tasks in the level's order. */
    public static List<String> lines(Score score, Level level) {
        return reasons(score, level).stream().map(Reason::text).toList();
    }

    public static List<Reason> reasons(Score score, Level level) {
        List<Reason> out = new ArrayList<>();
        for (Score.TaskScore ts : score.tasks()) {
            level.task(ts.task()).ifPresent(task -> {
                if (ts.model() != null) {
                    new TaskStory(ts, task, Recipe.of(task), score.cores(), level.kitchen().gil(), out).tell();
                }
            });
        }
        stars(score, out);
        return out;
    }

    private static void stars(Score score, List<Reason> out) {
        List<Score.StarCheck> checks = score.starChecks();
        if (!score.finished() || score.stars() >= checks.size()) {
            return;
        }
        Score.StarCheck next = checks.get(score.stars());
        out.add(new Reason(Row.STARS, null, null, Plain.format("You earned %s %s of %s; %s fell short: %s.",
                Show.word(score.stars()), score.stars() == 1 ? "star" : "stars", Show.word(checks.size()), nth(score.stars() + 1),
                String.join("; ", next.unmet()))));
    }

    /** {@code the second star}: the rule's own name is an id for the level file, not for the player. */
    private static String nth(int star) {
        return switch (star) {
            case 1 -> "the first star";
            case 2 -> "the second star";
            case 3 -> "the third star";
            case 4 -> "the fourth star";
            case 5 -> "the fifth star";
            default -> "star " + star;
        };
    }
}
