package dev.forkful.flow;

import dev.forkful.engine.EngineListener;
import dev.forkful.engine.Plan;
import dev.forkful.engine.RunningLevel;
import dev.forkful.level.Level;
import dev.forkful.score.Score;
import dev.forkful.score.Scorer;
import dev.forkful.timeline.Timeline;
import dev.forkful.timeline.TimelineRecorder;
import java.util.List;

/**
 * What the flow needs from the rest of the game: the engine that really cooks, the scorer and the
 * explanation. {@link LiveBackend} is the real one; tests give recorded event sequences.
 */
public interface Backend {

    /** Starts the kitchens; returns at once, events go to {@code listener}. */
    RunningLevel start(Level level, Plan plan, long seed, EngineListener listener);

    /** A fresh scorer for one run. */
    Scoring scoring(Level level, Plan plan);

    /** What happened and why, in plain words. */
    List<String> explain(Score score, Level level);

    /** {@code plan} for {@code level} as the program a developer would write, in {@code lang} ({@code python}, {@code java}). */
    String program(Level level, Plan plan, String lang);

    /** Accumulates a run's events into its score and its timeline. */
    interface Scoring extends EngineListener {
        Score score();

        Timeline timeline();

        /** A {@link Scorer} and a {@link TimelineRecorder} of {@code level}, fed the same events. */
        static Scoring of(Scorer scorer, Level level) {
            TimelineRecorder recorder = new TimelineRecorder(level);
            return new Scoring() {
                @Override
                public void on(dev.forkful.engine.EngineEvent event) {
                    scorer.on(event);
                    recorder.on(event);
                }

                @Override
                public Score score() {
                    return scorer.score();
                }

                @Override
                public Timeline timeline() {
                    return recorder.timeline();
                }
            };
        }
    }
}
