package dev.forkful.bench;

import dev.forkful.level.Model;

/**
 * What one unit of a model measured here costs.
 *
 * @param createUs     median time to create one unit (and, for threads, to see it end), in microseconds
 * @param switchNs     median time to hand control from one unit to another, in nanoseconds
 * @param bytesPerUnit memory one idle unit holds, or -1 where this system cannot tell
 * @param units        how many idle units the memory was measured over
 * @param created      how many units each create trial made
 * @param switches     how many hand-offs each switch trial made
 * @param how          how each figure was taken
 */
public record ModelCost(
        Model model,
        double createUs,
        double switchNs,
        long bytesPerUnit,
        int units,
        int created,
        long switches,
        String how) {}
