package dev.forkful.timeline;

import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.EngineListener;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a run's {@link Timeline} from the engine's events, on the supervisor's thread: each
 * {@link EngineEvent.OrderCooked} becomes its chef's spans, crashes, freezes, stalls, lost orders and races
 * become marks, and served dishes and the kitchens' {@code stats} become the plots.
 */
public final class TimelineRecorder implements EngineListener {
    /** Spans kept at most: a million-order banquet's timeline would cost more than the run. */
    public static final int MAX_SPANS = 250_000;
    /** One bucket of the plots: a tenth of a second. */
    public static final long BUCKET_NANOS = 100_000_000;

    private final Level level;
    private final Map<LaneKey, LaneBuilder> lanes = new HashMap<>();
    private final Map<KitchenKey, KitchenSeen> kitchens = new HashMap<>();
    private final List<Mark> marks = new ArrayList<>();
    private final Buckets served = new Buckets();
    private final Buckets cores = new Buckets();
    private final Map<KitchenKey, Buckets> memory = new HashMap<>();
    private int spans;
    private long dropped;
    private long end;

    public TimelineRecorder(Level level) {
        this.level = level;
    }

    /** A kitchen rebuilt after a crash is another process: its lanes are its own, under its own pid. */
    private record LaneKey(String task, int kitchen, long pid, Model model, int chef) {}

    private record KitchenKey(String task, int kitchen) {}

    private static final class KitchenSeen {
        final Model model;
        final long pid;
        long lastCpuNanos = -1;
        long lastStatsAt;

        KitchenSeen(Model model, long pid) {
            this.model = model;
            this.pid = pid;
        }
    }

    private static final class LaneBuilder {
        final List<Span> spans = new ArrayList<>();
    }

    @Override
    public void on(EngineEvent event) {
        end = Math.max(end, event.atNanos());
        switch (event) {
            case EngineEvent.KitchenStarted k -> started(k);
            case EngineEvent.OrderCooked c -> cooked(c);
            case EngineEvent.ChefFrozen f -> frozen(f);
            case EngineEvent.OrdersServed s -> served.add(s.atNanos(), s.count());
            case EngineEvent.Stats s -> stats(s);
            case EngineEvent.KitchenDied d -> memoryOf(new KitchenKey(d.task(), d.kitchen())).set(d.atNanos(), 0);
            case EngineEvent.Crash c -> marks.add(new Mark(c.atNanos(), c.atNanos(), c.task(), kitchenOf(c.task(), c.pid()),
                    Mark.Kind.CRASH, c.kind() + (c.dishesLost() == 1 ? ", 1 dish lost" : c.dishesLost() > 1 ? ", " + c.dishesLost() + " dishes lost" : "")));
            case EngineEvent.Freeze f -> marks.add(new Mark(Math.max(0, f.atNanos() - f.stalledMs() * 1_000_000),
                    f.atNanos(), f.task(), f.kitchen(), f.killed() ? Mark.Kind.FREEZE : Mark.Kind.STALL, f.cause()));
            case EngineEvent.OrderLost l -> marks.add(new Mark(l.atNanos(), l.atNanos(), l.task(), -1, Mark.Kind.LOST,
                    "order " + l.order() + ": " + l.reason()));
            case EngineEvent.Race r -> marks.add(new Mark(r.atNanos(), r.atNanos(), r.task(), -1, Mark.Kind.RACE,
                    (r.taken() - r.gone()) + " " + r.ingredient() + " taken and never gone: lost updates"));
            default -> { }
        }
    }

    /**
     * A kitchen is up: each of its chefs gets its row now, so one that cooked nothing (an idle chef, a house
     * that crashed before its first dish) still shows; a virtual kitchen's rows come with its orders.
     */
    private void started(EngineEvent.KitchenStarted k) {
        KitchenSeen seen = new KitchenSeen(k.model(), k.pid());
        kitchens.put(new KitchenKey(k.task(), k.kitchen()), seen);
        int chefs = switch (k.model()) {
            case THREAD -> k.chefs();
            case PROCESS, COROUTINE -> 1;
            case VIRTUAL -> 0;
        };
        for (int chef = 0; chef < chefs; chef++) {
            lanes.computeIfAbsent(new LaneKey(k.task(), k.kitchen(), k.pid(), k.model(), chef), key -> new LaneBuilder());
        }
    }

    private int kitchenOf(String task, long pid) {
        return kitchens.entrySet().stream().filter(e -> e.getKey().task().equals(task) && e.getValue().pid == pid)
                .mapToInt(e -> e.getKey().kitchen()).findFirst().orElse(-1);
    }

    private void cooked(EngineEvent.OrderCooked c) {
        KitchenSeen kitchen = kitchens.get(new KitchenKey(c.task(), c.kitchen()));
        Task task = level.task(c.task()).orElse(null);
        if (kitchen == null || task == null) {
            return;
        }
        List<Step> steps = task.steps();
        long[] marks = c.steps();
        LaneBuilder lane = lanes.computeIfAbsent(new LaneKey(c.task(), c.kitchen(), kitchen.pid, kitchen.model, c.chef()),
                k -> new LaneBuilder());
        long from = c.startNanos();
        for (int i = 0; i < steps.size() && 3 * i + 2 < marks.length; i++) {
            Step step = steps.get(i);
            long held = marks[3 * i];
            long ended = marks[3 * i + 1];
            if (step.hold().isEmpty()) {
                held = from; // the moments before a step that holds no lock are the step's own start
            } else if (held > from) {
                add(kitchen.model, lane, new Span(from, held, Activity.LOCK_WAIT, c.order(), i, 0));
            }
            add(kitchen.model, lane, new Span(held, ended, Activity.of(step.action()), c.order(), i, marks[3 * i + 2]));
            from = ended;
        }
    }

    /** A chef found stuck: frozen on its lane from when it got stuck to when that was seen. */
    private void frozen(EngineEvent.ChefFrozen f) {
        KitchenSeen kitchen = kitchens.get(new KitchenKey(f.task(), f.kitchen()));
        if (kitchen == null) {
            return;
        }
        LaneBuilder lane = lanes.computeIfAbsent(new LaneKey(f.task(), f.kitchen(), kitchen.pid, kitchen.model, f.chef()),
                k -> new LaneBuilder());
        add(kitchen.model, lane, new Span(Math.max(0, f.atNanos() - f.stuckNanos()), f.atNanos(), Activity.FROZEN,
                f.order(), f.step(), 0));
    }

    /** A coroutine loop's lane shows only what held the loop thread: the rest of an order's time it was suspended. */
    private void add(Model model, LaneBuilder lane, Span span) {
        if (model == Model.COROUTINE && !span.activity().holdsTheThread()) {
            return;
        }
        if (spans >= MAX_SPANS) {
            dropped++;
            return;
        }
        spans++;
        lane.spans.add(span);
    }

    private void stats(EngineEvent.Stats s) {
        KitchenKey key = new KitchenKey(s.task(), s.kitchen());
        long bytes = s.pssBytes() >= 0 ? s.pssBytes() : s.rssBytes();
        if (bytes >= 0) {
            memoryOf(key).set(s.atNanos(), bytes);
        }
        KitchenSeen k = kitchens.get(key);
        if (k == null || s.cpuNanos() < 0) {
            return;
        }
        if (k.lastCpuNanos >= 0 && s.atNanos() > k.lastStatsAt) {
            cores.spread(k.lastStatsAt, s.atNanos(), s.cpuNanos() - k.lastCpuNanos);
        }
        k.lastCpuNanos = s.cpuNanos();
        k.lastStatsAt = s.atNanos();
    }

    private Buckets memoryOf(KitchenKey key) {
        return memory.computeIfAbsent(key, k -> new Buckets());
    }

    /** The timeline so far; lanes in task, kitchen, chef order, a rebuilt kitchen's after those of the one it replaced. */
    public Timeline timeline() {
        int buckets = (int) (end / BUCKET_NANOS) + 1;
        List<Lane> out = new ArrayList<>();
        for (var e : lanes.entrySet()) {
            LaneKey key = e.getKey();
            List<Span> sorted = new ArrayList<>(e.getValue().spans);
            sorted.sort(Comparator.comparingLong(Span::fromNanos));
            out.add(new Lane(key.task(), key.kitchen(), key.pid(), key.model(), key.chef(), sorted));
        }
        out.sort(Comparator.comparingInt((Lane l) -> taskIndex(l.task())).thenComparingInt(Lane::kitchen)
                .thenComparingInt(Lane::chef).thenComparingLong(l -> l.spans().isEmpty() ? 0 : l.spans().get(0).fromNanos()));
        double[] mem = new double[buckets];
        for (Buckets b : memory.values()) {
            double[] held = b.held(buckets);
            for (int i = 0; i < buckets; i++) {
                mem[i] += held[i];
            }
        }
        double[] used = cores.sums(buckets);
        for (int i = 0; i < buckets; i++) {
            used[i] /= BUCKET_NANOS;
        }
        List<Mark> sortedMarks = new ArrayList<>(marks);
        sortedMarks.sort(Comparator.comparingLong(Mark::fromNanos));
        return new Timeline(end, out, sortedMarks,
                new Plots(new Series(BUCKET_NANOS, served.sums(buckets)), new Series(BUCKET_NANOS, mem),
                        new Series(BUCKET_NANOS, used)), dropped);
    }

    private int taskIndex(String task) {
        List<Task> tasks = level.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id().equals(task)) {
                return i;
            }
        }
        return tasks.size();
    }

    /** Values by bucket: sums of amounts, or a level held from each setting on. */
    private static final class Buckets {
        private double[] values = new double[16];
        private final List<long[]> settings = new ArrayList<>();

        void add(long at, double amount) {
            int i = (int) (at / BUCKET_NANOS);
            if (i >= values.length) {
                values = java.util.Arrays.copyOf(values, Math.max(i + 1, 2 * values.length));
            }
            values[i] += amount;
        }

        /** Spreads {@code amount} over {@code [from, to)} in proportion to the time in each bucket. */
        void spread(long from, long to, double amount) {
            for (long t = from; t < to; ) {
                long next = Math.min(to, (t / BUCKET_NANOS + 1) * BUCKET_NANOS);
                add(t, amount * (next - t) / (to - from));
                t = next;
            }
        }

        void set(long at, long level) {
            settings.add(new long[] {at, level});
        }

        double[] sums(int buckets) {
            return java.util.Arrays.copyOf(values, buckets);
        }

        /**
         * The highest level held in each bucket (the one it came in with, or one set in it), 0 before the
         * first: a kitchen that ends in a bucket still counts there with what it held until then.
         */
        double[] held(int buckets) {
            double[] out = new double[buckets];
            int k = 0;
            long current = 0;
            for (int i = 0; i < buckets; i++) {
                long bucketEnd = (i + 1) * BUCKET_NANOS;
                long peak = current;
                while (k < settings.size() && settings.get(k)[0] < bucketEnd) {
                    current = settings.get(k++)[1];
                    peak = Math.max(peak, current);
                }
                out[i] = peak;
            }
            return out;
        }
    }
}
