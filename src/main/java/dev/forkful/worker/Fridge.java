package dev.forkful.worker;

import dev.forkful.protocol.FridgeAudit;
import java.util.Map;

/** Where chefs take shared ingredients: this kitchen's own fridge, or the supervisor's pantry. */
interface Fridge {
    /** @return false when the stock ran out: the dish is lost */
    boolean take(String ingredient, long amount) throws InterruptedException;

    Map<String, FridgeAudit> audit();
}
