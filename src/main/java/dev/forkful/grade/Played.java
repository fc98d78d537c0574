package dev.forkful.grade;

import dev.forkful.engine.Engine;
import dev.forkful.engine.EngineListener;
import dev.forkful.engine.Plan;
import dev.forkful.engine.RunningLevel;
import dev.forkful.level.Level;
import dev.forkful.level.Visible;
import dev.forkful.score.RepeatJson;
import dev.forkful.score.RepeatText;
import dev.forkful.score.Repeats;
import dev.forkful.score.RunFacts;
import dev.forkful.score.Score;
import dev.forkful.score.ScoreJson;
import dev.forkful.score.ScoreText;
import dev.forkful.score.Scorer;
import dev.forkful.timeline.Timeline;
import dev.forkful.timeline.TimelineRecorder;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One plan played headless, once or N times in a row: what {@code run} prints and what {@code grade}
 * puts in a cell. One run is judged on its own figures, several on their medians ({@link Repeats}).
 *
 * @param level the level played
 * @param runs  each run's score, in the order played; at least one
 */
public record Played(Level level, List<Score> runs) {
    public Played {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs played");
        }
    }

    /** Takes each run's timeline as soon as it is played, so that N runs' timelines are never all held at once. */
    @FunctionalInterface
    public interface Timelines {
        /** Run {@code run} (from 1) of {@code repeat} is over and went as {@code timeline} says. */
        void played(int run, int repeat, Timeline timeline) throws IOException;
    }

    /** Plays {@code plan} {@code repeat} times in a row, each with {@code seed}; one run at a time, so none slows another. */
    public static Played play(Level level, Plan plan, long seed, int repeat) throws InterruptedException {
        List<Score> runs = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            runs.add(once(level, plan, seed, null));
        }
        return new Played(level, runs);
    }

    /** As {@link #play(Level, Plan, long, int)}, each run's timeline recorded too and handed to {@code timelines}. */
    public static Played play(Level level, Plan plan, long seed, int repeat, Timelines timelines)
            throws InterruptedException, IOException {
        List<Score> runs = new ArrayList<>();
        for (int i = 1; i <= repeat; i++) {
            TimelineRecorder recorder = new TimelineRecorder(level);
            runs.add(once(level, plan, seed, recorder));
            timelines.played(i, repeat, recorder.timeline());
        }
        return new Played(level, runs);
    }

    /** One run, scored, its events heard by {@code beside} too (null: scored only, no dish's record asked for). */
    private static Score once(Level level, Plan plan, long seed, EngineListener beside) throws InterruptedException {
        Scorer scorer = new Scorer(level, plan, Runtime.getRuntime().availableProcessors());
        EngineListener listener = beside == null ? EngineListener.scoringOnly(scorer::on) : event -> {
            scorer.on(event);
            beside.on(event);
        };
        try (RunningLevel run = Engine.start(level, plan, seed, listener)) {
            run.awaitEnd();
        }
        return scorer.score();
    }

    public int stars() {
        return runs.size() == 1 ? runs.getFirst().stars() : new Repeats(level, runs).stars();
    }

    /** The run whose figures stand for all: the only one, or the one whose wall is nearest the median. */
    public Score shown() {
        return runs.size() == 1 ? runs.getFirst() : runs.get(new Repeats(level, runs).medianRun());
    }

    /** The summary {@code run} prints. */
    public String text() {
        return Visible.text(runs.size() == 1 ? ScoreText.render(runs.getFirst(), level) : RepeatText.render(new Repeats(level, runs)));
    }

    /** The JSON object {@code run --json} prints, with the explanations; no newline after it. */
    public void json(RunFacts facts, Writer out) throws IOException {
        if (runs.size() == 1) {
            ScoreJson.write(runs.getFirst(), level, facts, out);
        } else {
            RepeatJson.write(new Repeats(level, runs), facts, out);
        }
    }
}
