package dev.forkful.grade;

import dev.forkful.level.Level;
import dev.forkful.level.LevelProblem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What grading found: for each answers file, a cell per level of the campaign, and every problem
 * met on the way, by file and line.
 *
 * @param levels   the campaign's levels, in play order: the columns
 * @param sheets   one per answers file, in the order given
 * @param problems every problem, in the order met; grading was complete when there is none
 */
public record Gradebook(List<Level> levels, List<Sheet> sheets, List<LevelProblem> problems) {
    public Gradebook {
        levels = List.copyOf(levels);
        sheets = List.copyOf(sheets);
        problems = List.copyOf(problems);
    }

    /** One level of one student's answers. */
    public sealed interface Cell {}

    /** The plan was played; {@code played} holds the runs, as {@code run} would print them. */
    public record Graded(String plan, Played played) implements Cell {}

    /** No plan for this level in the file. */
    public record Missing() implements Cell {}

    /** A plan that could not be played, or a file that could not be read: the problem, by line. */
    public record Refused(LevelProblem why) implements Cell {}

    /**
     * One answers file's grades.
     *
     * @param cells level id to its cell, for every level of the campaign
     */
    public record Sheet(String student, String file, Map<String, Cell> cells) {
        public Sheet {
            cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }

        /** The stars of every graded level together. */
        public int totalStars() {
            return cells.values().stream().mapToInt(c -> c instanceof Graded g ? g.played().stars() : 0).sum();
        }
    }

    public boolean complete() {
        return problems.isEmpty();
    }
}
