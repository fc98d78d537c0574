package dev.forkful.flow;

import dev.forkful.engine.Plan;
import dev.forkful.level.Level;
import java.util.Optional;

/** Where the player is. Each screen holds what it shows; {@code previous} is a result to compare against. */
public sealed interface Screen {

    /** The campaign, one level highlighted. */
    record LevelMap(int selected) implements Screen {}

    /** A level's story and goal; {@code scroll} is how many lines of it are scrolled away above. */
    record Briefing(Level level, int scroll) implements Screen {
        public Briefing(Level level) {
            this(level, 0);
        }
    }

    /** Choosing a model, workers and lock per task; {@code row} is the highlighted task. */
    record Planning(Level level, Plan plan, int row, Optional<RunResult> previous) implements Screen {}

    /** The kitchens of run number {@code run} are cooking. */
    record Cooking(int run, Level level, Plan plan, LiveKitchen live, Optional<RunResult> previous) implements Screen {}

    /** The pages of the results: the verdict, the run as it happened over time, the plan as a real program. */
    enum ResultsPage { SCORE, TIMELINE, CODE }

    /** The plan as a program in {@code lang} ({@code python}, {@code java}), {@code scroll} lines of it scrolled away above. */
    record Program(String lang, java.util.List<String> lines, int scroll) {
        public Program {
            lines = java.util.List.copyOf(lines);
        }
    }

    /**
     * A run's verdict, beside the previous run's when the player replayed with another plan;
     * {@code live} is the kitchen as the last event left it; {@code scroll} is how many lines of the
     * verdict are scrolled away above; {@code page} is the page shown and {@code window} the part of
     * the timeline its page shows; {@code program} is the plan as a program, once written.
     */
    record Results(Level level, RunResult result, Optional<RunResult> previous, LiveKitchen live, int scroll,
            ResultsPage page, TimelineWindow window, Optional<Program> program) implements Screen {
        public Results(Level level, RunResult result, Optional<RunResult> previous, LiveKitchen live) {
            this(level, result, previous, live, 0);
        }

        public Results(Level level, RunResult result, Optional<RunResult> previous, LiveKitchen live, int scroll) {
            this(level, result, previous, live, scroll, ResultsPage.SCORE, TimelineWindow.WHOLE, Optional.empty());
        }

        /** The time the timeline page spans at its widest: this run, or the previous one where that took longer. */
        public long spanNanos() {
            return Math.max(result.timeline().endNanos(), previous.map(p -> p.timeline().endNanos()).orElse(0L));
        }

        Results page(ResultsPage next) {
            return new Results(level, result, previous, live, scroll, next, window, program);
        }

        Results window(TimelineWindow next) {
            return new Results(level, result, previous, live, scroll, page, next, program);
        }

        Results scroll(int next) {
            return new Results(level, result, previous, live, next, page, window, program);
        }

        Results program(Program next) {
            return new Results(level, result, previous, live, scroll, page, window, Optional.of(next));
        }
    }
}
