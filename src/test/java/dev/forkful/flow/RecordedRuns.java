package dev.forkful.flow;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.EngineEvent.*;
import dev.forkful.engine.Plan;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.level.LevelLoader;
import dev.forkful.level.Model;
import dev.forkful.save.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Runs of the first three shipped levels as the engine tells them, OrderCooked included: written by hand
 * after real runs on a 2-core machine (kitchens up 40 ms after the start, processes 120 ms; cpu work
 * stretched where more chefs than cores share the machine; a few percent of seeded jitter).
 */
public final class RecordedRuns {
    private static final long MS = 1_000_000L;
    private static final long US = 1_000L;

    private RecordedRuns() {
    }

    public static Level level(String file) {
        try {
            return LevelLoader.load(Path.of("levels", file));
        } catch (LevelException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static final Level CHOPPING_BOARD = level("01-chopping-board.toml");
    public static final Level SOUP_KITCHEN = level("02-soup-kitchen.toml");
    public static final Level MIXED_GRILL = level("03-mixed-grill.toml");
    public static final CampaignChapters FIRST_THREE = Fixtures.campaign(CHOPPING_BOARD, SOUP_KITCHEN, MIXED_GRILL);

    /** The game on the results of {@code level} cooked with {@code plan} as {@code events} tell it. */
    public static GameState results(Level level, Plan plan, List<EngineEvent> events) {
        GameState s = GameState.start(FIRST_THREE, Progress.EMPTY.unlock(SOUP_KITCHEN.id()).unlock(MIXED_GRILL.id()), Optional.empty());
        s = Flow.update(s, new FlowEvent.Open(level.id()));
        return cook(s, plan, events);
    }

    /** From a briefing, plan or results: {@code plan} assigned, cooked, and scored as {@code events} tell it. */
    public static GameState cook(GameState s, Plan plan, List<EngineEvent> events) {
        for (Map.Entry<String, Assignment> a : plan.assignments().entrySet()) {
            s = Flow.update(s, new FlowEvent.Assign(a.getKey(), a.getValue()));
        }
        s = Flow.update(s, new FlowEvent.Run());
        Screen.Cooking c = (Screen.Cooking) s.screen();
        for (EngineEvent e : events) {
            s = Flow.update(s, new FlowEvent.FromEngine(c.run(), e));
        }
        return Flow.update(s, Fixtures.scored(c.run(), c.level(), c.plan(), events));
    }

    public static Plan plan(String task, Model model, int workers, boolean lock) {
        return new Plan(Map.of(task, new Assignment(model, workers, lock)));
    }

    /** Level 1, {@code salad=thread:N}: 60 salads of 15 + 5 ms cpu, N chefs sharing 2 cores. */
    public static List<EngineEvent> choppingBoard(int chefs) {
        Run r = new Run(11);
        r.e.add(new KitchenStarted(40 * MS, "salad", 0, Model.THREAD, 4242, chefs));
        for (int i = 0; i < 60; i++) {
            r.e.add(new OrdersArrived(41 * MS, "salad", i, 1));
        }
        double stretch = Math.max(1, chefs / 2.0);
        r.chefs("salad", 0, chefs, 42 * MS, 60, i -> 41 * MS, new long[] {15 * MS, 5 * MS}, new char[] {'c', 'c'}, stretch);
        r.stats("salad", 0, 4242, 40 * MS, 23L << 20, Math.min(chefs, 2));
        return r.finish();
    }

    /** Level 2, {@code soup=coroutine}: one loop chops 24 bowls, all simmer at once, then it ladles them. */
    public static List<EngineEvent> soupKitchen() {
        Run r = new Run(22);
        r.e.add(new KitchenStarted(38 * MS, "soup", 0, Model.COROUTINE, 5150, 1));
        for (int i = 0; i < 24; i++) {
            r.e.add(new OrdersArrived(39 * MS, "soup", i, 1));
        }
        long t = 40 * MS;
        long[] chopped = new long[24];
        for (int i = 0; i < 24; i++) {
            long start = t;
            t += r.jitter(210 * US);
            chopped[i] = t;
            r.e.add(new StepStarted(start, "soup", 0, 0, i, 0));
            r.started[i] = start;
            t += 15 * US; // the loop's own work between coroutines
        }
        long loop = 0;
        for (int i = 0; i < 24; i++) {
            long ready = chopped[i] + r.jitter(200 * MS);
            long ladle = Math.max(ready, loop);
            long done = ladle + r.jitter(210 * US);
            loop = done + 15 * US;
            r.e.add(new OrderCooked(done + 100 * US, "soup", 0, 0, i, r.started[i],
                    new long[] {r.started[i], chopped[i], 0, chopped[i], ladle, 0, ladle, done, 0}));
            r.e.add(OrdersServed.one(done + 100 * US, "soup", 0, 0, i, done + 100 * US - 39 * MS));
            r.end = Math.max(r.end, done + 100 * US);
        }
        r.cpu("soup", 0).add(new long[] {45 * MS, 24 * 220 * US});
        r.cpu("soup", 0).add(new long[] {245 * MS, 24 * 220 * US});
        r.stats("soup", 0, 5150, 38 * MS, 19L << 20, 1);
        return r.finish();
    }

    /** Level 3, {@code skewers=thread:8:nolock salad=process:2}: grilling threads, two salad houses, pinches of spice lost. */
    public static List<EngineEvent> mixedGrill() {
        return mixedGrill(false, Model.PROCESS, 2);
    }

    /**
     * Level 3 with 8 skewer threads, the spice jar locked or not, and the salad in {@code saladChefs} houses
     * (process) or thread chefs of one kitchen. Without the lock, 5 pinches are lost; with it, the chefs queue for the jar.
     */
    public static List<EngineEvent> mixedGrill(boolean lock, Model salad, int saladChefs) {
        Run r = new Run(33);
        r.e.add(new KitchenStarted(40 * MS, "skewers", 0, Model.THREAD, 6100, 8));
        boolean houses = salad == Model.PROCESS;
        for (int k = 0; k < (houses ? saladChefs : 1); k++) {
            r.e.add(new KitchenStarted(houses ? (118 + 6 * k) * MS : 41 * MS, "salad", k, salad, 6101 + k, houses ? 1 : saladChefs));
        }
        for (int i = 0; i < 24; i++) {
            r.e.add(new OrdersArrived(41 * MS, "skewers", i, 1));
        }
        for (int i = 0; i < 20; i++) {
            r.e.add(new OrdersArrived((41 + 10 * i) * MS, "salad", i, 1));
        }
        r.chefs("skewers", 0, 8, 42 * MS, 24, i -> 41 * MS, new long[] {1200 * US, 150 * MS, 5 * MS},
                new char[] {lock ? 'F' : 'f', 'w', 'c'}, 1.2);
        Run salads = new Run(34);
        if (houses) {
            for (int k = 0; k < saladChefs; k++) {
                int house = k;
                // each house takes every n-th order as it comes; the first ones waited for the houses to start
                salads.chefs("salad", house, 1, (118 + 6 * house) * MS, 20 / saladChefs,
                        i -> (41 + 10 * (saladChefs * i + house)) * MS, new long[] {15 * MS}, new char[] {'c'}, 1.15, saladChefs, house);
            }
        } else {
            salads.chefs("salad", 0, saladChefs, 42 * MS, 20, i -> (41 + 10 * i) * MS, new long[] {15 * MS}, new char[] {'c'}, 1.3);
        }
        r.e.addAll(salads.e);
        r.end = Math.max(r.end, salads.end);
        r.cpu.putAll(salads.cpu);
        r.stats("skewers", 0, 6100, 40 * MS, 26L << 20, 2);
        for (int k = 0; k < (houses ? saladChefs : 1); k++) {
            r.stats("salad", k, 6101 + k, houses ? (118 + 6 * k) * MS : 41 * MS, 21L << 20, 1);
        }
        if (!lock) {
            r.e.add(new Race(r.end + MS, "skewers", "spice", 24, 19));
        }
        return r.finish();
    }

    /**
     * {@code events} as protocol 4 tells them: each served order preceded by how it was cooked, its steps
     * starting where its StepStarted events say (the steps no event names share the time up to serving).
     */
    public static List<EngineEvent> withCooked(Level level, List<EngineEvent> events) {
        List<EngineEvent> out = new ArrayList<>();
        for (EngineEvent e : events) {
            if (e instanceof OrdersServed s) {
                for (int d = 0; d < s.count(); d++) {
                    long order = s.orders()[d];
                    int steps = level.task(s.task()).orElseThrow().steps().size();
                    long[] starts = new long[steps];
                    java.util.Arrays.fill(starts, -1);
                    events.stream().filter(x -> x instanceof StepStarted t && t.task().equals(s.task()) && t.order() == order
                            && t.atNanos() <= s.atNanos()).map(StepStarted.class::cast).forEach(t -> starts[t.step()] = t.atNanos());
                    for (int i = 1; i < steps; i++) {
                        if (starts[i] < 0) {
                            starts[i] = starts[i - 1] + (s.atNanos() - starts[i - 1]) / (steps - i + 1);
                        }
                    }
                    long[] marks = new long[3 * steps];
                    for (int i = 0; i < steps; i++) {
                        marks[3 * i] = starts[i];
                        marks[3 * i + 1] = i + 1 < steps ? starts[i + 1] : s.atNanos();
                    }
                    out.add(new OrderCooked(s.atNanos(), s.task(), s.kitchen(), s.chefs()[d], order, starts[0], marks));
                }
            }
            out.add(e);
        }
        return out;
    }

    /** One recording under way: its events, seeded jitter, the cpu each kitchen used and when. */
    private static final class Run {
        final List<EngineEvent> e = new ArrayList<>();
        final Random random;
        final long[] started = new long[100];
        final Map<String, List<long[]>> cpu = new java.util.HashMap<>();
        long end;
        long jarFree;

        Run(long seed) {
            random = new Random(seed);
        }

        List<long[]> cpu(String task, int kitchen) {
            return cpu.computeIfAbsent(task + " " + kitchen, k -> new ArrayList<>());
        }

        long jitter(long nanos) {
            return (long) (nanos * (0.97 + 0.08 * random.nextDouble()));
        }

        void chefs(String task, int kitchen, int chefs, long ready, int orders, java.util.function.IntToLongFunction arrival,
                long[] steps, char[] kinds, double stretch) {
            chefs(task, kitchen, chefs, ready, orders, arrival, steps, kinds, stretch, 1, 0);
        }

        /** Orders {@code first, first+every, ...} each to the chef free first; cpu steps {@code stretch}ed by the shared cores. */
        void chefs(String task, int kitchen, int chefs, long ready, int orders, java.util.function.IntToLongFunction arrival,
                long[] steps, char[] kinds, double stretch, int every, int first) {
            long[] free = new long[chefs];
            java.util.Arrays.fill(free, ready);
            for (int n = 0; n < orders; n++) {
                int order = first + n * every;
                int chef = 0;
                for (int c = 1; c < chefs; c++) {
                    chef = free[c] < free[chef] ? c : chef;
                }
                long t = Math.max(free[chef], arrival.applyAsLong(n)) + 50 * US;
                long start = t;
                long[] marks = new long[3 * steps.length];
                // 'F': a fridge step under the jar's lock: the chef takes a pinch once the chef before has let go
                for (int s = 0; s < steps.length; s++) {
                    e.add(new StepStarted(t, task, kitchen, chef, order, s));
                    long took = kinds[s] == 'c' ? jitter((long) (steps[s] * stretch)) : jitter(steps[s]);
                    marks[3 * s] = t;
                    if (kinds[s] == 'F') {
                        // the fridge's lock is no lock the step holds: its queue is part of the step
                        took += Math.max(0, jarFree - t);
                        jarFree = t + took;
                    }
                    marks[3 * s + 1] = t + took;
                    if (kinds[s] == 'c') {
                        cpu(task, kitchen).add(new long[] {t + took, steps[s]});
                    }
                    t += took;
                }
                e.add(new OrderCooked(t + 80 * US, task, kitchen, chef, order, start, marks));
                e.add(OrdersServed.one(t + 80 * US, task, kitchen, chef, order, t + 80 * US - arrival.applyAsLong(n)));
                free[chef] = t + 20 * US;
                end = Math.max(end, t + 80 * US);
            }
        }

        /** A kitchen's figures every 100 ms: memory creeping up as dishes pass, the cpu of every step ended so far. */
        void stats(String task, int kitchen, long pid, long from, long pss, int threads) {
            for (long t = from + 100 * MS; t <= end + 100 * MS; t += 100 * MS) {
                long at = t;
                long used = 3 * MS + cpu(task, kitchen).stream().filter(c -> c[0] <= at).mapToLong(c -> c[1]).sum();
                e.add(new Stats(Math.min(at, end + MS), task, kitchen, pid, pss + (12L << 20), pss + (at - from) / MS * 2048, used,
                        threads + 8, 0, 0));
            }
        }

        List<EngineEvent> finish() {
            e.sort(Comparator.comparingLong(EngineEvent::atNanos));
            List<String> died = new ArrayList<>();
            for (EngineEvent k : List.copyOf(e)) {
                if (k instanceof KitchenStarted s && !died.contains(s.task() + s.kitchen())) {
                    died.add(s.task() + s.kitchen());
                    e.add(new KitchenDied(end + 2 * MS, s.task(), s.kitchen(), s.pid(), 0, false));
                }
            }
            e.add(new Finished(end + 3 * MS));
            return e;
        }
    }
}
