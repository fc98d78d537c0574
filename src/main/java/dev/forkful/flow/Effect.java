package dev.forkful.flow;

import dev.forkful.engine.Plan;
import dev.forkful.level.Level;
import dev.forkful.save.Progress;

/** What an update asks the outside world to do; {@link GameLoop} carries it out. */
public sealed interface Effect {

    /** Start the real kitchens; their events come back tagged with {@code run}. */
    record StartKitchen(int run, Level level, Plan plan, long seed) implements Effect {}

    /** Stop the kitchens of the current run (their workers die). */
    record StopKitchen() implements Effect {}

    /** Write {@code plan} for {@code level} as a program in {@code lang}; it comes back as {@link FlowEvent.ProgramWritten}. */
    record WriteProgram(Level level, Plan plan, String lang) implements Effect {}

    /** Write the progress file. */
    record Save(Progress progress) implements Effect {}
}
