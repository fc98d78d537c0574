package dev.forkful.protocol;

import dev.forkful.level.Fault;
import java.util.ArrayList;
import java.util.List;

/**
 * One order handed to a kitchen. Which fault strikes it was decided by the supervisor from the
 * level's seed, so the same plan meets the same faults under every model.
 *
 * @param faultStep the step at which {@code fault} strikes, or -1 when none does
 * @param fault     null when {@code faultStep} is -1
 */
public record WorkOrder(long id, int faultStep, Fault.Kind fault) {
    public static WorkOrder clean(long id) {
        return new WorkOrder(id, -1, null);
    }

    public boolean faultsAt(int step) {
        return step == faultStep;
    }

    /**
     * The orders of one {@code orders} line: ids {@code first} to {@code first + count - 1}, of which
     * {@code faulty} are struck by a fault. A clean order is only its id: a kitchen that keeps its own
     * per-order state builds no {@code WorkOrder} for it.
     */
    public record Burst(long first, int count, List<WorkOrder> faulty) {
        public Burst {
            // by id, sorted by hand: a comparator's lambda costs a kitchen's start more than the few faults
            WorkOrder[] byId = faulty.toArray(new WorkOrder[0]);
            for (int i = 1; i < byId.length; i++) {
                WorkOrder o = byId[i];
                int j = i;
                for (; j > 0 && byId[j - 1].id() > o.id(); j--) {
                    byId[j] = byId[j - 1];
                }
                byId[j] = o;
            }
            faulty = List.of(byId);
        }

        /** Called for each order of a burst, in id order. */
        @FunctionalInterface
        public interface Each {
            /** @param faulty the order's fault, null for a clean order */
            void order(long id, WorkOrder faulty);
        }

        /** Visits the orders in id order; a fault outside the burst's ids is ignored. */
        public void forEach(Each each) {
            int f = 0;
            for (long id = first; id < first + count; id++) {
                while (f < faulty.size() && faulty.get(f).id() < id) {
                    f++;
                }
                each.order(id, f < faulty.size() && faulty.get(f).id() == id ? faulty.get(f) : null);
            }
        }

        /** One {@code WorkOrder} per order, for kitchens that hand them to their chefs. */
        public List<WorkOrder> toList() {
            List<WorkOrder> orders = new ArrayList<>(count);
            forEach((id, faulty) -> orders.add(faulty != null ? faulty : clean(id)));
            return orders;
        }
    }
}
