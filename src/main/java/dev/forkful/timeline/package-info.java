/**
 * A run as it happened, to look inside it: {@link dev.forkful.timeline.TimelineRecorder} reads the engine's
 * events (each served order comes with how it was cooked, {@code EngineEvent.OrderCooked}) and builds a
 * {@link dev.forkful.timeline.Timeline}: a {@link dev.forkful.timeline.Lane} per chef or house of
 * {@link dev.forkful.timeline.Span}s, each one {@link dev.forkful.timeline.Activity}; the
 * {@link dev.forkful.timeline.Mark}s of what went wrong; and the {@link dev.forkful.timeline.Plots} over time
 * (served, memory, cores) as {@link dev.forkful.timeline.Series}. The results screen, the line mode and
 * {@code run --trace} all read the same timeline; {@link dev.forkful.timeline.ChromeTrace} writes it as Chrome
 * Trace Event JSON for Perfetto.
 */
package dev.forkful.timeline;
