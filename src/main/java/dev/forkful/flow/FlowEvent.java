package dev.forkful.flow;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.Plan;
import dev.forkful.level.Level;
import dev.forkful.score.Score;
import dev.forkful.timeline.Timeline;
import java.util.List;

/** Everything that can change the game's state: keys, commands of the line mode, the engine, the terminal. */
public sealed interface FlowEvent {

    /** A key of the full screen. */
    record Pressed(Key key) implements FlowEvent {}

    /**
     * Scroll the long page shown (briefing, results) so that line {@code offset} is at the top; the
     * view, which knows the page's length, turns the scroll keys into this.
     */
    record ScrollTo(int offset) implements FlowEvent {}

    /** The terminal changed size. */
    record Resized(int columns, int rows) implements FlowEvent {}

    /** An event of run number {@code run}; events of an abandoned run are ignored. */
    record FromEngine(int run, EngineEvent event) implements FlowEvent {}

    /** The scorer's verdict on run number {@code run}, with the plain-words explanation. */
    record Scored(int run, Score score, List<String> explain, Timeline timeline) implements FlowEvent {}

    /** A plan written as a program in {@code lang}, or why it could not be. */
    record ProgramWritten(Level level, Plan plan, String lang, String text) implements FlowEvent {}

    /** The kitchens could not be started or failed; the player is told why. */
    record Failed(int run, String message) implements FlowEvent {}

    /** Line mode: open a campaign level's briefing by its id or its number in the campaign. */
    record Open(String levelId) implements FlowEvent {}

    /** Line mode: change one task's assignment (opens the plan when the briefing is shown). */
    record Assign(String task, Assignment assignment) implements FlowEvent {}

    /** Line mode: cook the current level with the current plan. */
    record Run() implements FlowEvent {}

    /** Reveal the next hint of the current level. */
    record Hint() implements FlowEvent {}

    /** Leave the game (Ctrl-C, SIGTERM, the shell's quit). */
    record Quit() implements FlowEvent {}
}
