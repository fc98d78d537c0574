package dev.forkful.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forkful.level.Fault;
import dev.forkful.protocol.Wire.ProtocolException;
import dev.forkful.protocol.WorkOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protocol's packed lines: orders handed over in ranges, events read by hand. */
class WireTest {
    @Test
    void ordersTravelAsARangeWithTheirFaults() throws Exception {
        WorkOrder struck = new WorkOrder(12, 1, Fault.Kind.SEGFAULT);
        String line = Wire.orders(10, 4, List.of(struck));
        assertThat(Wire.readOrders(Wire.read(line)).toList()).containsExactly(
                WorkOrder.clean(10), WorkOrder.clean(11), struck, WorkOrder.clean(13));
    }

    @Test
    void aCleanOrdersLineIsTheJsonLineAndIsReadByHandAsGsonReadsIt() throws Exception {
        String line = Wire.orders(98_304, 1024, List.of());
        assertThat(line).isEqualTo(Wire.line("orders").put("first", 98_304).put("count", 1024)
                .put("faults", json -> json.beginArray().endArray()).end());
        WorkOrder.Burst byHand = Wire.readCleanOrders(line);
        assertThat(byHand).isEqualTo(Wire.readOrders(Wire.read(line)));
        assertThat(byHand.first()).isEqualTo(98_304);
        assertThat(byHand.count()).isEqualTo(1024);
        assertThat(Wire.readCleanOrders(Wire.orders(0, 1, List.of()))).isEqualTo(new WorkOrder.Burst(0, 1, List.of()));
    }

    @Test
    void anyOtherLineIsLeftToGson() {
        assertThat(Wire.readCleanOrders(Wire.orders(10, 4, List.of(new WorkOrder(12, 1, Fault.Kind.SEGFAULT))))).isNull();
        assertThat(Wire.readCleanOrders(Wire.ping(3))).isNull();
        assertThat(Wire.readCleanOrders("{\"t\":\"orders\",\"first\":-1,\"count\":4,\"faults\":[]}")).isNull();
        assertThat(Wire.readCleanOrders("{\"t\":\"orders\",\"first\":1, \"count\":4,\"faults\":[]}")).isNull();
        assertThat(Wire.readCleanOrders("{\"t\":\"orders\",\"first\":1,\"count\":,\"faults\":[]}")).isNull();
        assertThat(Wire.readCleanOrders("{\"t\":\"orders\",\"first\":1,\"faults\":[]}")).isNull();
        assertThat(Wire.readCleanOrders("{\"t\":\"orders\",\"first\":1,\"count\":99999999999,\"faults\":[]}")).isNull();
    }

    @Test
    void aBurstGivesItsFaultsInIdOrderAndIgnoresThoseOutsideIt() throws Exception {
        WorkOrder late = new WorkOrder(13, 0, Fault.Kind.EXCEPTION);
        WorkOrder early = new WorkOrder(11, 2, Fault.Kind.SEGFAULT);
        String line = Wire.orders(10, 4, List.of(late, new WorkOrder(40, 0, Fault.Kind.EXCEPTION), early));
        WorkOrder.Burst burst = Wire.readOrders(Wire.read(line));
        assertThat(burst.first()).isEqualTo(10);
        assertThat(burst.count()).isEqualTo(4);
        assertThat(burst.toList()).containsExactly(WorkOrder.clean(10), early, WorkOrder.clean(12), late);
    }

    @Test
    void aLostOrderCarriesHowFarItGotWhenItWasBegun() throws Exception {
        assertThat(Wire.readLostRecord(Wire.read(Wire.lost(4, 1, "exception", new long[] {120, 0, 30, 0})))).containsExactly(120, 0, 30, 0);
        assertThat(Wire.readLostRecord(Wire.read(Wire.lost(4, 1, "exception", null)))).isNull();
    }

    @Test
    void readsPackedEvents() throws Exception {
        Wire.Events served = Wire.readEvents("{\"t\":\"served\",\"e\":[3,0,1234567890123,7,8,0]}", Wire.servedStride(1));
        assertThat(served.served()).isTrue();
        assertThat(served.stride()).isEqualTo(6);
        assertThat(served.values()).containsExactly(3, 0, 1234567890123L, 7, 8, 0);
        // a dish after the first comes as its difference from the one before
        assertThat(Wire.readEvents("{\"t\":\"served\",\"e\":[3,0,100,0,10,0,1,1,5,2,-2,0]}", Wire.servedStride(1)).values())
                .containsExactly(3, 0, 100, 0, 10, 0, 4, 1, 105, 2, 8, 0);
        Wire.Events steps = Wire.readEvents("{\"t\":\"steps\",\"e\":[3,0,-1]}", Wire.servedStride(1));
        assertThat(steps.served()).isFalse();
        assertThat(steps.stride()).isEqualTo(Wire.STEP_STRIDE);
        assertThat(steps.values()).containsExactly(3, 0, -1);
        assertThat(Wire.readEvents("{\"t\":\"served\",\"e\":[]}", Wire.servedStride(1)).values()).isEmpty();
    }

    @Test
    void readsAPackedLineWhereItLiesInAReadBuffer() throws Exception {
        byte[] buffer = "...]}\n{\"t\":\"served\",\"e\":[3,0,100,0,10,0,1,1,5,2,-2,0]}\n{\"t\":\"st".getBytes(StandardCharsets.UTF_8);
        int from = 6;
        int to = buffer.length - 9;
        assertThat(Wire.readEvents(buffer, from, to, Wire.servedStride(1)).values()).containsExactly(3, 0, 100, 0, 10, 0, 4, 1, 105, 2, 8, 0);
        assertThat(Wire.readEvents(buffer, 0, 5, Wire.servedStride(1))).isNull();
        assertThatThrownBy(() -> Wire.readEvents(buffer, from, to - 1, Wire.servedStride(1))).isInstanceOf(ProtocolException.class);
    }

    @Test
    void otherLinesAreNotPackedEvents() throws Exception {
        assertThat(Wire.readEvents("{\"t\":\"beat\",\"pending\":0,\"chefs\":[]}", 6)).isNull();
        assertThat(Wire.readEvents("not json", 6)).isNull();
    }

    @Test
    void aBrokenPackedLineIsAProtocolError() {
        for (String bad : List.of("{\"t\":\"served\",\"e\":[1,0",                // cut off
                "{\"t\":\"served\",\"e\":[1,0,2,0,5]}",                            // an event cut short
                "{\"t\":\"steps\",\"e\":[1,,0,0]}",                               // an empty value
                "{\"t\":\"steps\",\"e\":[1,0,0,]}",                               // a trailing comma
                "{\"t\":\"served\",\"e\":[1, 0,0,0,5,0]}",                        // not as the writer packs it
                "{\"t\":\"served\",\"e\":[99999999999999999999,0,0,0,5,0]}")) {  // too long a number
            assertThatThrownBy(() -> Wire.readEvents(bad, Wire.servedStride(1))).as(bad).isInstanceOf(ProtocolException.class);
        }
    }
}
