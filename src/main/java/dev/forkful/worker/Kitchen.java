package dev.forkful.worker;

import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.WorkOrder;
import java.util.List;
import java.util.Map;

/**
 * A kitchen inside one child process: it cooks the orders it is given with its model's chefs and
 * reports to a {@link KitchenReport}. Built by {@link Kitchens#create}.
 */
public interface Kitchen extends AutoCloseable {

    /** Hands over one order; never blocks for long (orders queue in the kitchen's memory). */
    void submit(WorkOrder order);

    /** Hands over a burst of orders, in their order: a kitchen that can takes them in one go. */
    default void submitAll(List<WorkOrder> orders) {
        for (WorkOrder order : orders) {
            submit(order);
        }
    }

    /** Hands over the burst of an {@code orders} line. */
    default void submit(WorkOrder.Burst burst) {
        submitAll(burst.toList());
    }

    /** No more orders will come: cook what is here, then call {@link KitchenReport#done()}. */
    void finish();

    /** Live units of this kitchen now: threads for thread chefs, pending coroutines or virtual threads. */
    int liveUnits();

    /** For the fridge audit: per ingredient, what chefs took and what stock remains in this kitchen's fridge. */
    Map<String, FridgeAudit> audit();

    /** Stops the chefs; used when the supervisor ends the kitchen. */
    @Override
    void close();
}
