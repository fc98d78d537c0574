package dev.forkful.worker;

import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.protocol.KitchenSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small recipes and specs for kitchen tests. */
final class Recipes {
    /** A rough figure: tests never assert timings, so calibrating is not needed. */
    static final long WORK_PER_MS = 200_000;

    private Recipes() {
    }

    static Step cpu(String name, long millis) {
        return new Step(name, new Step.Action.Cpu(Duration.ofMillis(millis)), Optional.empty());
    }

    static Step waitFor(String name, long millis) {
        return new Step(name, new Step.Action.Wait(Duration.ofMillis(millis)), Optional.empty());
    }

    static Step block(String name, long millis) {
        return new Step(name, new Step.Action.Block(Duration.ofMillis(millis)), Optional.empty());
    }

    static Step fridge(String name, String ingredient, long take) {
        return new Step(name, new Step.Action.Fridge(ingredient, take), Optional.empty());
    }

    static KitchenSpec spec(Model model, int chefs, List<Step> steps) {
        return new KitchenSpec("soup", model, chefs, false, true, steps, WORK_PER_MS, false, Map.of());
    }

    static KitchenSpec fridgeSpec(Model model, int chefs, boolean lock, long stock, List<Step> steps) {
        return new KitchenSpec("soup", model, chefs, false, lock, steps, WORK_PER_MS, false, Map.of("salt", stock));
    }
}
