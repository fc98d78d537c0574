package dev.forkful.flow;

import dev.forkful.engine.Plan;
import dev.forkful.score.Score;
import java.util.List;

/** One finished run: the plan it used, the scorer's figures and the explanation in plain words. */
public record RunResult(Plan plan, Score score, List<String> explain) {
    public RunResult {
        explain = List.copyOf(explain);
    }
}
