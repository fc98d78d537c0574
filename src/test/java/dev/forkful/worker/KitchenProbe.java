package dev.forkful.worker;

import dev.forkful.level.Fault;
import dev.forkful.level.Model;
import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.LineWriter;
import dev.forkful.protocol.WorkOrder;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tiny child main for tests that must crash or freeze a real JVM: it cooks a few orders, one of them
 * faulty, and prints what its kitchen reports, one line per event.
 * Usage: {@code KitchenProbe MODEL CHEFS FAULT [gil]} (FAULT: segfault or freeze, at step 1 of order 0).
 */
public final class KitchenProbe {
    static final int ORDERS = 10;

    private KitchenProbe() {
    }

    public static void main(String[] args) throws Exception {
        Model model = Model.byId(args[0]).orElseThrow();
        int chefs = Integer.parseInt(args[1]);
        Fault.Kind fault = Fault.Kind.valueOf(args[2].toUpperCase(java.util.Locale.ROOT));
        PrintStream out = System.out;
        KitchenReport report = new KitchenReport() {
            @Override
            public void stepStarted(long order, int chef, int step) {
                out.println("step " + order + " " + step + " " + System.nanoTime());
            }

            @Override
            public void served(long order, int chef, LineWriter.Record record) {
                out.println("served " + order);
            }

            @Override
            public void lost(long order, int chef, String reason) {
                out.println("lost " + order + " " + reason);
            }

            @Override
            public void stall(long order, int step, long stalledNanos, String cause) {
                out.println("stall " + order + " " + step);
            }

            @Override
            public void deadlock(String cycle, long stuckNanos) {
                out.println("deadlock " + cycle);
            }

            @Override
            public void heartbeat(List<ChefState> states, int pending) {
                out.println("beat " + System.nanoTime() + " " + states.stream()
                        .map(s -> s.order() + ":" + s.step() + ":" + s.sinceNanos() + ":" + s.cpuNanos()).collect(Collectors.joining(",")));
            }

            @Override
            public void done() {
                out.println("done");
            }
        };
        boolean gil = args.length > 3 && args[3].equals("gil");
        KitchenSpec spec = new KitchenSpec("soup", model, chefs, gil, true,
                List.of(Recipes.waitFor("simmer", 20), Recipes.cpu("flambe", 2)), Recipes.WORK_PER_MS, false, Map.of());
        Kitchen kitchen = Kitchens.create(spec, report, KitchensTest.noPantry());
        for (long id = 0; id < ORDERS; id++) {
            kitchen.submit(id == 0 ? new WorkOrder(id, 1, fault) : WorkOrder.clean(id));
        }
        kitchen.finish();
        Thread.sleep(60_000);
    }
}
