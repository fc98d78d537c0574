package dev.forkful.flow;

import dev.forkful.engine.Plan;
import dev.forkful.score.Score;
import dev.forkful.timeline.Timeline;
import java.util.List;

/** One finished run: the plan it used, the scorer's figures, the explanation in plain words and the run as it happened. */
public record RunResult(Plan plan, Score score, List<String> explain, Timeline timeline) {
    public RunResult {
        explain = List.copyOf(explain);
    }
}
