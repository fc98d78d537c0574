package dev.forkful.worker;

import dev.forkful.protocol.ChefState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class ChefSlotTest {

    @Test
    void aHeartbeatNamesTheLongestBusyChefsFirstAndAtMost64() {
        List<ChefSlot> slots = new ArrayList<>();
        for (int chef = 0; chef < 100; chef++) {
            slots.add(new ChefSlot(chef));
        }
        slots.get(42).on(7, 1);
        long later = System.nanoTime() + 1_000_000_000L;
        slots.get(3).on(8, 0);

        List<ChefState> states = ChefSlot.longestBusy(slots, later);

        assertThat(states).hasSize(ChefSlot.HEARTBEAT_CHEFS);
        assertThat(states.get(0)).extracting(ChefState::chef, ChefState::order, ChefState::step).containsExactly(42, 7L, 1);
        assertThat(states.get(1).chef()).isEqualTo(3);
        assertThat(states.get(2).order()).isEqualTo(-1);
    }
}
