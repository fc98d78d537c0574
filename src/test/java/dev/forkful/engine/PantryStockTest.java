package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.Wire;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PantryStockTest {
    private final PantryStock pantry = new PantryStock(Map.of("salt", 5L));

    @Test
    void aTakeGetsWhatIsLeftAtMost() {
        assertThat(pantry.take("salt", 3)).isEqualTo(3);
        assertThat(pantry.take("salt", 3)).isEqualTo(2);
        assertThat(pantry.take("salt", 1)).isZero();
        assertThat(pantry.take("pepper", 1)).isZero();
        assertThat(pantry.take("salt", -4)).isZero();
        // every take applied whole: no update is lost
        assertThat(pantry.audit()).containsExactly(Map.entry("salt", new FridgeAudit(5, 5, 0)));
        assertThat(pantry.audit().get("salt").lostUpdates()).isZero();
    }

    @Test
    void aTakeMessageIsAnsweredUnderItsId() throws Exception {
        String answer = PantryStock.answer(pantry, Wire.read("{\"t\":\"take\",\"id\":9,\"ingredient\":\"salt\",\"amount\":2}"));
        assertThat(Wire.read(answer).get("id").getAsLong()).isEqualTo(9);
        assertThat(Wire.read(answer).get("amount").getAsLong()).isEqualTo(2);
        assertThat(pantry.audit().get("salt")).isEqualTo(new FridgeAudit(5, 2, 3));
    }

    @Test
    void aKitchenWithoutAPantryGetsNothing() throws Exception {
        String answer = PantryStock.answer(null, Wire.read("{\"t\":\"take\",\"id\":1,\"ingredient\":\"salt\",\"amount\":2}"));
        assertThat(Wire.read(answer).get("amount").getAsLong()).isZero();
    }
}
