package dev.forkful.bench;

import dev.forkful.level.Model;
import java.util.List;

/**
 * Everything {@code forkful bench} measured on this machine.
 *
 * @param trials      how many trials each create and switch median was taken over (after one warm-up)
 * @param pingRoundUs a kitchen child's protocol round trip (ping to pong, JSON lines): what a
 *                    process chef pays for each take from the pantry
 */
public record BenchReport(int cores, String java, int trials, List<ModelCost> costs, double pingRoundUs) {
    public BenchReport {
        costs = List.copyOf(costs);
    }

    public ModelCost cost(Model model) {
        return costs.stream().filter(c -> c.model() == model).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no measurement of " + model.id()));
    }
}
