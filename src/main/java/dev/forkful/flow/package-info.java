/**
 * The game flow, independent of any terminal. {@link dev.forkful.flow.GameState} is the whole game at
 * one moment (the {@link dev.forkful.flow.Screen}: level map, briefing, plan, kitchen, results) and
 * {@link dev.forkful.flow.Flow#update} makes the next one from a {@link dev.forkful.flow.FlowEvent}
 * (a {@link dev.forkful.flow.Key}, a line-mode command, an engine event, a resize, a scroll of a long page), asking for
 * {@link dev.forkful.flow.Effect}s that {@link dev.forkful.flow.GameLoop} carries out through a
 * {@link dev.forkful.flow.Backend} ({@link dev.forkful.flow.LiveBackend}: the real engine, scorer and
 * explanation). {@link dev.forkful.flow.LiveKitchen} folds the engine's events into what the kitchen
 * screen shows; {@link dev.forkful.flow.RunResult} is one finished run. On the results, t or Tab switches to the timeline page
 * ({@code ResultsKeys}); the part of the run it shows is a {@link dev.forkful.flow.TimelineWindow}. c shows the plan
 * as a real program ({@link dev.forkful.flow.Screen.Program}), which the {@link dev.forkful.flow.Effect.WriteProgram}
 * effect has the backend write: the command line hands {@link dev.forkful.flow.LiveBackend} its {@code code} writer.
 */
package dev.forkful.flow;
