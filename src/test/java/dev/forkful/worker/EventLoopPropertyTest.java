package dev.forkful.worker;

import dev.forkful.level.Fault;
import dev.forkful.level.Step;
import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.LineWriter;
import dev.forkful.protocol.WorkOrder;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the coroutine kitchen's loop with random recipes and orders under a fake clock (cpu and
 * blocking steps move it, idling jumps it) and compares every event and its virtual time with a
 * naive reference model of the same rules: each pass first wakes the expired timers (earliest
 * deadline first, ties in the order they slept), then runs what was ready at the start of the pass.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EventLoopPropertyTest {
    private static final long MS = 1_000_000;

    @Test
    void theLoopAgreesWithTheReferenceModel() {
        for (long seed = 1; seed <= 400; seed++) {
            Case c = Case.random(new Random(seed));
            assertThat(runLoop(c)).as("seed %d: %s", seed, c).isEqualTo(reference(c));
        }
    }

    record Case(List<Step> steps, List<WorkOrder> orders, long salt) {
        static Case random(Random r) {
            List<Step> steps = new ArrayList<>();
            int stepCount = 1 + r.nextInt(6);
            for (int i = 0; i < stepCount; i++) {
                Duration d = Duration.ofMillis(r.nextInt(4) == 0 ? 0 : r.nextInt(160));
                Step.Action action = switch (r.nextInt(4)) {
                    case 0 -> new Step.Action.Cpu(d);
                    case 1 -> new Step.Action.Block(d);
                    case 2 -> new Step.Action.Fridge("salt", 1 + r.nextInt(3));
                    default -> new Step.Action.Wait(d);
                };
                steps.add(new Step("s" + i, action, Optional.empty()));
            }
            List<WorkOrder> orders = new ArrayList<>();
            int orderCount = 1 + r.nextInt(40);
            for (long id = 0; id < orderCount; id++) {
                orders.add(r.nextInt(5) == 0
                        ? new WorkOrder(id, r.nextInt(stepCount), Fault.Kind.EXCEPTION)
                        : WorkOrder.clean(id));
            }
            return new Case(steps, orders, r.nextInt(60));
        }
    }

    /** The real kitchen and loop, on this thread, with a fake clock and a stove that only moves it. */
    private static List<String> runLoop(Case c) {
        FakeTime time = new FakeTime(0);
        List<String> events = new ArrayList<>();
        KitchenReport report = new KitchenReport() {
            @Override
            public void stepStarted(long order, int chef, int step) {
                events.add(time.wall + " step " + order + "." + step);
            }

            @Override
            public void served(long order, int chef, LineWriter.Record record) {
                events.add(time.wall + " served " + order);
            }

            @Override
            public void lost(long order, int chef, String reason) {
                events.add(time.wall + " lost " + order + (reason.startsWith("exception") ? " exception" : " " + reason));
            }

            @Override
            public void stall(long order, int step, long stalledNanos, String cause) {
                events.add(time.wall + " stall " + order + "." + step + " " + stalledNanos);
            }

            @Override
            public void deadlock(String cycle, long stuckNanos) {
                events.add(time.wall + " deadlock " + cycle);
            }

            @Override
            public void heartbeat(List<ChefState> chefs, int pending) {
            }

            @Override
            public void done() {
                events.add(time.wall + " done");
            }
        };
        CoroutineKitchen kitchen = new CoroutineKitchen("t", c.steps(), report,
                new LocalFridge(Map.of("salt", c.salt()), false), true, time.stove(), time.clock(), time::threadCpu);
        c.orders().forEach(kitchen::submit);
        kitchen.finish();
        kitchen.runLoop();
        return events;
    }

    /** The same rules written as plainly as possible: lists scanned and sorted, no heap. */
    private static List<String> reference(Case c) {
        final class Pending {
            final WorkOrder order;
            int step;
            long deadline;
            long seq;

            Pending(WorkOrder order) {
                this.order = order;
            }
        }
        List<String> events = new ArrayList<>();
        ArrayDeque<Pending> ready = new ArrayDeque<>();
        List<Pending> sleeping = new ArrayList<>();
        c.orders().forEach(o -> ready.add(new Pending(o)));
        long time = 0;
        long salt = c.salt();
        long seq = 0;
        // a wait's start is held until the next event of its pass, and dropped if that is another wait's start
        String[] heldStep = {null};
        Consumer<String> event = e -> {
            if (heldStep[0] != null) {
                events.add(heldStep[0]);
                heldStep[0] = null;
            }
            events.add(e);
        };
        while (true) {
            long t = time;
            List<Pending> woken = sleeping.stream().filter(p -> p.deadline <= t)
                    .sorted(Comparator.comparingLong((Pending p) -> p.deadline).thenComparingLong(p -> p.seq)).toList();
            sleeping.removeAll(woken);
            ready.addAll(woken);
            int n = ready.size();
            if (n == 0) {
                if (sleeping.isEmpty()) {
                    break;
                }
                time = sleeping.stream().mapToLong(p -> p.deadline).min().orElseThrow();
                continue;
            }
            for (int k = 0; k < n; k++) {
                Pending p = ready.poll();
                String end = null;
                while (end == null && p.step < c.steps().size()) {
                    int i = p.step++;
                    Step.Action action = c.steps().get(i).action();
                    String step = time + " step " + p.order.id() + "." + i;
                    if (action instanceof Step.Action.Wait && !p.order.faultsAt(i)) {
                        heldStep[0] = step;
                    } else {
                        event.accept(step);
                    }
                    if (p.order.faultsAt(i)) {
                        end = "lost " + p.order.id() + " exception";
                        break;
                    }
                    long start = time;
                    boolean outOfSalt = false;
                    switch (action) {
                        case Step.Action.Wait w -> {
                            long d = w.time().toNanos();
                            if (d == 0) {
                                ready.add(p);
                            } else {
                                p.deadline = time + d;
                                p.seq = seq++;
                                sleeping.add(p);
                            }
                            end = "";
                            continue;
                        }
                        case Step.Action.Cpu cpu -> time += cpu.time().toNanos();
                        case Step.Action.Block b -> time += b.time().toNanos();
                        case Step.Action.Fridge f -> {
                            if (salt < f.take()) {
                                outOfSalt = true;
                            } else {
                                salt -= f.take();
                            }
                        }
                    }
                    if (time - start > 100 * MS) {
                        event.accept(time + " stall " + p.order.id() + "." + i + " " + (time - start));
                    }
                    if (outOfSalt) {
                        end = "lost " + p.order.id() + " out of salt";
                    }
                }
                if (end == null) {
                    end = "served " + p.order.id();
                }
                if (!end.isEmpty()) {
                    event.accept(time + " " + end);
                }
            }
            if (heldStep[0] != null) {
                events.add(heldStep[0]);
                heldStep[0] = null;
            }
        }
        events.add(time + " done");
        return events;
    }
}
