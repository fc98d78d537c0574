package dev.forkful.engine;

import static dev.forkful.engine.TestLevels.faulty;
import static dev.forkful.engine.TestLevels.task;
import static dev.forkful.engine.TestLevels.waitMs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.engine.EngineEvent.OrdersArrived;
import dev.forkful.engine.EngineEvent.OrderLost;
import dev.forkful.engine.EngineEvent.OrderCooked;
import dev.forkful.engine.EngineEvent.OrdersServed;
import dev.forkful.level.Arrival;
import dev.forkful.level.Durations;
import dev.forkful.level.Fault;
import dev.forkful.level.Model;
import dev.forkful.level.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Arrivals, hand-over and losses, on kitchens with no process behind them and times given by hand. */
@Timeout(10)
class OrderDeskTest {
    private static final long MS = 1_000_000;
    private static final long TICK = 20 * MS;

    private final List<EngineEvent> events = new ArrayList<>();
    private final List<TaskFloor> floors = new ArrayList<>();
    private final RunClock clock = new RunClock();
    private final OrderDesk desk = new OrderDesk(floors, clock, events::add);

    @AfterEach
    void closeChildren() {
        TestFloors.closeAll();
    }

    private static Task every(String id, int orders, long ms) {
        Task t = task(id, orders, waitMs(5));
        return new Task(t.id(), t.name(), t.orders(), new Arrival(Duration.ofMillis(ms)), t.models(), t.maxWorkers(), t.steps());
    }

    private TaskFloor floor(Task task, Model model, int workers) {
        TaskFloor f = TestFloors.floor(task, model, workers, 2);
        floors.add(f);
        return f;
    }

    private <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void ordersArriveWhenDueAndAreHandedOverToTheSharedKitchen() {
        TaskFloor f = floor(every("soup", 3, 10), Model.THREAD, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        assertThat(desk.untilNextArrival(0, TICK)).isEqualTo(TICK);

        clock.open(100 * MS);
        assertThat(desk.untilNextArrival(100 * MS, TICK)).isZero();
        desk.arrivals(100 * MS);
        assertThat(c.inHand).isEqualTo(1);
        assertThat(desk.untilNextArrival(104 * MS, TICK)).isEqualTo(6 * MS);

        desk.arrivals(125 * MS);
        assertThat(of(OrdersArrived.class)).containsExactly(new OrdersArrived(0, "soup", 0, 1), new OrdersArrived(25 * MS, "soup", 1, 2));
        assertThat(c.inHand).isEqualTo(3);
        assertThat(desk.untilNextArrival(125 * MS, TICK)).isEqualTo(TICK);
    }

    @Test
    void aBurstIsCutWhereALinesWorthWaitsCountingThoseThatWaitedBefore() {
        TaskFloor f = floor(every("soup", 3000, 1), Model.COROUTINE, 1);
        TestFloors.starting(f, 0, 0); // nothing is handed over: every arrival waits
        clock.open(0);
        desk.arrivals(999 * MS);
        desk.arrivals(2999 * MS);
        assertThat(of(OrdersArrived.class)).containsExactly(new OrdersArrived(999 * MS, "soup", 0, 1000),
                new OrdersArrived(2999 * MS, "soup", 1000, 24), new OrdersArrived(2999 * MS, "soup", 1024, 1976));
        desk.arrivals(5000 * MS);
        assertThat(of(OrdersArrived.class)).hasSize(3);
        assertThat(f.nextArrival).isEqualTo(3000);
        assertThat(f.isOpen(2999)).isTrue();
    }

    @Test
    void aBurstsFirstLinesAreHandedOverWhileTheRestArrive() {
        TaskFloor f = TestFloors.floor(task("soup", 3 * OrderDesk.ORDERS_PER_LINE, waitMs(5)), Model.COROUTINE, 1, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        List<Integer> inHandAtArrival = new ArrayList<>();
        OrderDesk burst = new OrderDesk(List.of(f), clock, e -> {
            if (e instanceof OrdersArrived) {
                inHandAtArrival.add(c.inHand);
            }
        });
        clock.open(0);
        burst.arrivals(0);
        int line = OrderDesk.ORDERS_PER_LINE;
        assertThat(inHandAtArrival).containsExactly(0, line, 2 * line); // told a line at a time, each before it is handed over
        assertThat(c.inHand).isEqualTo(3 * line);
    }

    /** Two process houses that said hello, the run opened at 0 and every order arrived at {@code at}. */
    private List<KitchenChild> openedPool(int orders, long at) {
        TaskFloor f = floor(task("soup", orders, waitMs(5)), Model.PROCESS, 2);
        List<KitchenChild> houses = List.of(TestFloors.ready(f, 0, 0), TestFloors.ready(f, 1, 0));
        clock.open(0);
        desk.arrivals(at);
        return houses;
    }

    @Test
    void aPoolQueuesTheNextOrderInEachHouseWhileEveryHouseCouldHaveOne() {
        List<KitchenChild> houses = openedPool(5, 0);
        KitchenChild first = houses.get(0);
        KitchenChild second = houses.get(1);
        TaskFloor f = first.floor;
        assertThat(first.inHand).as("the order it cooks and the next").isEqualTo(2);
        assertThat(second.inHand).isEqualTo(2);
        assertThat(f.waitingCount()).isEqualTo(1);

        assertThat(first.release(0)).isTrue();
        desk.dispatch(f, MS);
        assertThat(first.inHand).as("one waits: it goes to whichever house is free first").isEqualTo(1);
        assertThat(second.release(1)).isTrue();
        assertThat(first.release(2)).isTrue();
        desk.dispatch(f, 2 * MS);
        assertThat(first.inHand).isEqualTo(1);
        assertThat(f.waitingFrom).isEqualTo(5);
    }

    @Test
    void noOrderWaitsInAHouseBehindOrAsAFaultyOne() {
        Task crashing = task("soup", 5, faulty(waitMs(5), Fault.Kind.SEGFAULT, 1.0));
        TaskFloor f = floor(crashing, Model.PROCESS, 2);
        List<KitchenChild> houses = List.of(TestFloors.ready(f, 0, 0), TestFloors.ready(f, 1, 0));
        clock.open(0);
        desk.arrivals(0);
        assertThat(houses).allSatisfy(h -> assertThat(h.inHand).as("a crash loses the order that struck it, no other").isEqualTo(1));
        assertThat(f.waitingCount()).isEqualTo(3);
    }

    @Test
    void aServedDishClosesItsOrderOnceAndFreesTheHouse() {
        List<KitchenChild> houses = openedPool(3, 10 * MS);
        KitchenChild first = houses.get(0);
        KitchenChild second = houses.get(1);
        TaskFloor f = first.floor;

        first.clockOrigin = 2 * MS; // the house said hello 2 ms after the run opened
        // order 0 began 20 ms after that hello, waited 1 ms for a lock and 5 ms in its step; order 1 is the other house's
        desk.served(first, new long[] {0, 0, 20_000, 1_000, 5_000, 0, 1, 0, 20_000, 0, 5_000, 0}, 6, 30 * MS);
        desk.served(first, new long[] {0, 0, 20_000, 1_000, 5_000, 0}, 6, 31 * MS);
        assertThat(of(OrdersServed.class)).containsExactly(OrdersServed.one(30 * MS, "soup", 0, 0, 0, 30 * MS));
        OrderCooked cooked = of(OrderCooked.class).get(0);
        assertThat(of(OrderCooked.class)).hasSize(1);
        assertThat(cooked.startNanos()).isEqualTo(22 * MS);
        assertThat(cooked.steps()).containsExactly(23 * MS, 28 * MS, 0);
        assertThat(first.inHand).isEqualTo(1);
        assertThat(second.inHand).isEqualTo(1);
        assertThat(f.anyWaiting()).isFalse();
    }

    /** One kitchen in slot 0 of a new floor, the run opened at 0 and the orders due then arrived. */
    private KitchenChild openedWithOneKitchen(Task task, Model model, boolean saidHello) {
        TaskFloor f = floor(task, model, 2);
        KitchenChild c = saidHello ? TestFloors.ready(f, 0, 0) : TestFloors.starting(f, 0, 0);
        clock.open(0);
        desk.arrivals(0);
        return c;
    }

    @Test
    void aSharedKitchenGetsEveryWaitingOrderAtOnce() {
        KitchenChild c = openedWithOneKitchen(task("soup", 3000, waitMs(5)), Model.COROUTINE, true);
        assertThat(c.inHand).isEqualTo(3000);
        assertThat(c.floor.anyWaiting()).isFalse();
    }

    @Test
    void ordersWaitForAKitchenThatIsStillStarting() {
        KitchenChild c = openedWithOneKitchen(task("soup", 3, waitMs(5)), Model.THREAD, false);
        assertThat(c.inHand).isZero();
        assertThat(c.floor.waitingCount()).isEqualTo(3);
        assertThat(of(OrderLost.class)).isEmpty();
    }

    @Test
    void withNoKitchenLeftEveryArrivalIsLost() {
        TaskFloor f = floor(task("soup", 2, waitMs(5)), Model.THREAD, 2);
        TestFloors.ready(f, 0, 0).state = KitchenChild.State.GONE;
        clock.open(0);

        desk.arrivals(3 * MS);
        assertThat(of(OrderLost.class)).containsExactly(
                new OrderLost(3 * MS, "soup", 0, "no kitchen left to cook it"),
                new OrderLost(3 * MS, "soup", 1, "no kitchen left to cook it"));
        assertThat(desk.allClosed()).isTrue();
    }

    @Test
    void theTimeLimitLosesWhatIsUnfinishedAndEmptiesTheKitchens() {
        TaskFloor f = floor(every("soup", 4, 1000), Model.THREAD, 2);
        KitchenChild c = TestFloors.ready(f, 0, 0);
        clock.open(0);
        desk.arrivals(1500 * MS);
        assertThat(c.release(0)).isTrue();
        f.close(0);

        Duration limit = Duration.ofSeconds(2);
        desk.timeLimit(2000 * MS, limit);
        String reason = "time limit (" + Durations.format(limit) + ")";
        assertThat(of(OrderLost.class)).extracting(OrderLost::order).containsExactly(1L, 2L, 3L);
        assertThat(of(OrderLost.class)).extracting(OrderLost::reason).containsOnly(reason);
        assertThat(c.inHand).isZero();
        assertThat(desk.allClosed()).isTrue();
        assertThat(desk.untilNextArrival(2000 * MS, TICK)).isEqualTo(TICK);
    }

    @Test
    void aCancelLosesEveryUnfinishedOrder() {
        openedWithOneKitchen(every("soup", 3, 1000), Model.THREAD, true);
        desk.cancel(500 * MS);
        assertThat(of(OrderLost.class)).containsExactly(
                new OrderLost(500 * MS, "soup", 0, "cancelled"),
                new OrderLost(500 * MS, "soup", 1, "cancelled"),
                new OrderLost(500 * MS, "soup", 2, "cancelled"));
    }
}
