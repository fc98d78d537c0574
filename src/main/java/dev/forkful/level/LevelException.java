package dev.forkful.level;

import java.util.List;
import java.util.stream.Collectors;

/** A level file that cannot be played, with every problem found in it. */
public final class LevelException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<LevelProblem> problems;

    public LevelException(List<LevelProblem> problems) {
        super(problems.stream().map(LevelProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public LevelException(LevelProblem problem) {
        this(List.of(problem));
    }

    public List<LevelProblem> problems() {
        return problems;
    }
}
