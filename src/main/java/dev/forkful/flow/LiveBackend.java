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

/**
 * The real thing: the engine's child processes, the scorer, the explanation of the score helper, and the
 * programs that the command line's {@code code} writes (handed in: the flow sits below it).
 */
public final class LiveBackend implements Backend {
    /** Writes a plan as a program: {@code forkful code}'s own writer. */
    @FunctionalInterface
    public interface ProgramWriter {
        String write(Level level, Plan plan, String lang);
    }

    private final ProgramWriter programs;

    public LiveBackend(ProgramWriter programs) {
        this.programs = programs;
    }

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

    @Override
    public String program(Level level, Plan plan, String lang) {
        return programs.write(level, plan, lang);
    }
}
