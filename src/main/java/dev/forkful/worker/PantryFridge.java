package dev.forkful.worker;

import dev.forkful.protocol.FridgeAudit;
import java.util.Map;

/** A process chef's fridge: each take is a round trip to the supervisor's pantry, atomic over there. */
final class PantryFridge implements Fridge {
    private final Pantry pantry;

    PantryFridge(Pantry pantry) {
        this.pantry = pantry;
    }

    @Override
    public boolean take(String ingredient, long amount) throws InterruptedException {
        return pantry.take(ingredient, amount) == amount;
    }

    /** The pantry audits itself in the supervisor. */
    @Override
    public Map<String, FridgeAudit> audit() {
        return Map.of();
    }
}
