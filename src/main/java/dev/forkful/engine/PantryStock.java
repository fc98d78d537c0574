package dev.forkful.engine;

import com.google.gson.JsonObject;
import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fridge of a task's process chefs, kept in the supervisor: each take arrives over a pipe and
 * is applied by the supervisor's one thread, so it is atomic however many houses ask at once.
 */
final class PantryStock {
    private final Map<String, long[]> stock = new LinkedHashMap<>(); // ingredient -> {start, taken, left}

    PantryStock(Map<String, Long> start) {
        start.forEach((ingredient, amount) -> stock.put(ingredient, new long[] {amount, 0, amount}));
    }

    /** Takes up to {@code amount}; returns what was taken (0 for an ingredient this fridge does not hold). */
    long take(String ingredient, long amount) {
        long[] s = stock.get(ingredient);
        if (s == null || amount <= 0) {
            return 0;
        }
        long got = Math.min(amount, s[2]);
        s[1] += got;
        s[2] -= got;
        return got;
    }

    /**
     * The answer to a process chef's {@code take} message: what it got, under the take's id. A
     * kitchen with no pantry (its chefs have their own fridge) gets nothing.
     */
    static String answer(PantryStock pantry, JsonObject take) {
        long got = pantry == null ? 0 : pantry.take(take.get("ingredient").getAsString(), take.get("amount").getAsLong());
        return Wire.taken(take.get("id").getAsLong(), got);
    }

    Map<String, FridgeAudit> audit() {
        Map<String, FridgeAudit> out = new LinkedHashMap<>();
        stock.forEach((ingredient, s) -> out.put(ingredient, new FridgeAudit(s[0], s[1], s[2])));
        return out;
    }
}
