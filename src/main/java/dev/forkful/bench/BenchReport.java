package dev.forkful.bench;

import dev.forkful.level.Model;
import java.util.List;

/**
 * Everything {@code forkful bench} measured on this machine.
 *
 * @param load        {@code /proc/loadavg}'s 1, 5 and 15 minute averages before and after, empty without it
 * @param trials      how many trials each create and switch figure was taken over (after one warm-up)
 * @param os          an OS process without a JVM, beside the process model's JVM kitchens
 * @param threadPipe  the process model's pipe ping-pong between two threads of one process instead
 * @param asyncio     what a Python asyncio Task costs, where python3 is on this machine
 * @param pingRoundUs a kitchen child's protocol round trip (ping to pong, JSON lines): what a
 *                    process chef pays for each take from the pantry
 */
public record BenchReport(int cores, String java, String loadBefore, String loadAfter, int trials, List<ModelCost> costs,
        OsProcessCosts os, ModelCost.Timing threadPipe, Asyncio asyncio, double pingRoundUs) {
    public BenchReport {
        costs = List.copyOf(costs);
    }

    public ModelCost cost(Model model) {
        return costs.stream().filter(c -> c.model() == model).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no measurement of " + model.id()));
    }

    /**
     * An OS process's own costs.
     *
     * @param spawn   posix_spawn of /bin/true to its exit; null where it cannot be called here
     * @param builder the same through Java's ProcessBuilder
     * @param idle    an idle /bin/sleep's memory; null where there is no {@code /proc}
     * @param kitchen an idle JVM kitchen child's memory; null where there is no {@code /proc}
     */
    public record OsProcessCosts(ModelCost.Timing spawn, ModelCost.Timing builder, Rollup idle, Rollup kitchen) {}
}
