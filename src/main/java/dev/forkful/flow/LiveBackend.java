package dev.forkful.flow;

import dev.forkful.engine.Engine;
import dev.forkful.engine.EngineListener;
import dev.forkful.engine.Plan;
import dev.forkful.engine.RunningLevel;
import dev.forkful.level.Level;
import dev.forkful.score.Explain;
import dev.forkful.score.Score;
import dev.forkful.score.Scorer;
import java.util.List;

/** The real thing: the engine's child processes, the scorer and the explanation of the score helper. */
public final class LiveBackend implements Backend {
    @Override
    public RunningLevel start(Level level, Plan plan, long seed, EngineListener listener) {
        return Engine.start(level, plan, seed, listener);
    }

    @Override
    public Scoring scoring(Level level, Plan plan) {
        return Scoring.of(new Scorer(level, plan, Runtime.getRuntime().availableProcessors()), level);
    }

    @Override
    public List<String> explain(Score score, Level level) {
        return Explain.lines(score, level);
    }
}
