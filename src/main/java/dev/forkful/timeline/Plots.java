package dev.forkful.timeline;

/**
 * The run's figures over time: dishes served per bucket, the kitchens' memory (PSS, or RSS where PSS is not
 * measured; bytes, summed over the kitchens alive) and the cores they used (CPU time per wall time).
 * Buckets are {@link TimelineRecorder#BUCKET_NANOS} long.
 */
public record Plots(Series served, Series memoryBytes, Series cores) {
}
