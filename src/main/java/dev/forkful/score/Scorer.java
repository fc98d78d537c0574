package dev.forkful.score;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.EngineListener;
import dev.forkful.engine.Plan;
import dev.forkful.level.IdealTime;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Counts what the engine's events say happened and turns it into a {@link Score}. It decides
 * nothing: every figure is a sum, a peak or a percentile of what the kitchens reported.
 *
 * <p>{@link #on} is called on the supervisor's thread; {@link #score()} may be called from any
 * thread at any time, mid-run for a live view ({@link Score#finished()} false) and after
 * {@link EngineEvent.Finished} for the final score.
 */
public final class Scorer implements EngineListener {
    /** Less cpu work measured than this (a few steps, all on a cold JIT) leaves the ideal at the calibrated speed. */
    private static final long MIN_WORK_CPU_NANOS = 5_000_000;

    private final Level level;
    private final Plan plan;
    private final int cores;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Tally total;
    /** The latest sample of each live child; a child leaves when its kitchen dies. */
    private final Map<Child, EngineEvent.Stats> live = new HashMap<>();
    /** Each child's last sample, dead or alive: its CPU and blocked time count to that sample. */
    private final Map<Child, EngineEvent.Stats> lastSample = new HashMap<>();
    /** What each child runs: its live units are coroutines under coroutine, virtual threads under virtual. */
    private final Map<Child, Model> models = new HashMap<>();
    private long nowNanos;
    private long finishedNanos = -1;
    /** The share of a core each of the run's computing threads had, and how many other programs' threads explain it; -1 until measured. */
    private double threadShare = -1;
    private double othersRunnable = -1;
    private long wakeDelayNanos = -1;

    public Scorer(Level level, Plan plan, int cores) {
        this.level = level;
        this.plan = plan;
        this.cores = Math.max(1, cores);
        for (Task task : level.tasks()) {
            tallies.put(task.id(), new Tally(task.orders()));
        }
        total = new Tally(level.tasks().stream().mapToLong(Task::orders).sum());
    }

    @Override
    public synchronized void on(EngineEvent event) {
        nowNanos = Math.max(nowNanos, event.atNanos());
        switch (event) {
            case EngineEvent.KitchenStarted e -> {
                Child child = new Child(e.task(), e.kitchen(), e.pid());
                models.put(child, e.model());
                // no report yet: no memory figure (-1), nothing counted
                live.put(child, new EngineEvent.Stats(e.atNanos(), e.task(), e.kitchen(), e.pid(), -1, -1, 0, 0, 0, 0));
                sampleTaken(e.task());
            }
            case EngineEvent.KitchenDied e -> {
                live.remove(new Child(e.task(), e.kitchen(), e.pid()));
                sampleTaken(e.task());
            }
            case EngineEvent.OrdersArrived e -> {
                tally(e.task()).arrived(e.atNanos());
                total.arrived(e.atNanos());
            }
            case EngineEvent.StepStarted e -> { }
            case EngineEvent.OrderCooked e -> { } // the timeline's, not the score's
            case EngineEvent.ChefFrozen e -> { } // the Freeze that follows it counts
            case EngineEvent.OrdersServed e -> {
                tally(e.task()).served(e.atNanos(), e.latencyNanos());
                total.served(e.atNanos(), e.latencyNanos());
            }
            case EngineEvent.OrderLost e -> {
                tally(e.task()).lost(e.atNanos(), e.reason());
                total.lost(e.atNanos(), e.reason());
            }
            case EngineEvent.Crash e -> {
                var crash = new Score.CrashRecord(e.task(), e.model().id(), e.kind(), e.pid(), e.exitStatus(), e.dishesLost());
                tally(e.task()).crashes.add(crash);
                total.crashes.add(crash);
            }
            case EngineEvent.Freeze e -> {
                var freeze = new Score.FreezeRecord(e.task(), e.model().id(), e.stalledMs(), e.cause(), e.killed());
                tally(e.task()).freezes.add(freeze);
                total.freezes.add(freeze);
            }
            case EngineEvent.Race e -> {
                long lost = Math.max(0, e.taken() - e.gone());
                tally(e.task()).lostUpdates.merge(e.ingredient(), lost, Long::sum);
                total.lostUpdates.merge(e.ingredient(), lost, Long::sum);
            }
            case EngineEvent.Stats e -> {
                Child child = new Child(e.task(), e.kitchen(), e.pid());
                lastSample.put(child, e);
                if (live.containsKey(child)) {
                    live.put(child, e);
                    sampleTaken(e.task());
                }
            }
            case EngineEvent.MachineShare e -> {
                threadShare = e.threadShare();
                othersRunnable = e.othersRunnable();
                wakeDelayNanos = e.wakeDelayNanos();
            }
            case EngineEvent.Finished e -> finishedNanos = e.atNanos();
        }
    }

    /** The score so far; final once {@link EngineEvent.Finished} has been seen. */
    public synchronized Score score() {
        List<Score.TaskScore> tasks = new ArrayList<>();
        double workSpeed = workSpeed();
        IdealTime.Machine measured = IdealTime.Machine.of(cores, othersRunnable, wakeDelayNanos).withSpeed(workSpeed)
                .withThreadShare(threadShare);
        for (Task task : level.tasks()) {
            Assignment a = plan.assignments().get(task.id());
            Tally t = tallies.get(task.id());
            long idealMs = IdealTime.ofTask(task, level.kitchen().gil(), measured).toMillis();
            tasks.add(new Score.TaskScore(task.id(), a == null ? null : a.model(), a == null ? 0 : a.workers(),
                    a != null && a.lock() && Score.TaskScore.hasLock(a.model()), t.figures(task.id(), idealMs),
                    t.lostUpdates, t.lostReasons));
        }
        Score.Figures all = total.figures(null, IdealTime.of(level, measured).toMillis());
        List<Score.StarCheck> checks = StarRating.check(level.stars(), all);
        var machine = new Score.Machine(cores, threadShare, othersRunnable, wakeDelayNanos, workSpeed,
                IdealTime.bestShare(level, measured));
        return new Score(level.id(), plan.toString(), cores, finishedNanos >= 0, all, StarRating.earned(checks), checks, tasks,
                machine);
    }

    private Tally tally(String task) {
        // an event for a task the level does not have is the engine's bug; count it overall only
        return tallies.computeIfAbsent(task, id -> new Tally(0));
    }

    /**
     * How fast the kitchens' cpu work ran against its calibration: its calibrated time over the CPU
     * it took, summed over the children's last samples; -1 when they measured too little of it.
     */
    private double workSpeed() {
        long work = 0;
        long cpu = 0;
        for (EngineEvent.Stats s : lastSample.values()) {
            work += s.workNanos();
            cpu += s.workCpuNanos();
        }
        return cpu >= MIN_WORK_CPU_NANOS ? (double) work / cpu : -1;
    }

    /** The live children changed or one sent a sample: a sampling instant for peaks. */
    private void sampleTaken(String task) {
        total.peaks(live.values());
        tally(task).peaks(live.values().stream().filter(s -> s.task().equals(task)).toList());
    }

    /**
     * The sum of one of the children's own counters at their last samples, of one task or (null) of
     * all; -1 (not measured) when a child could not tell its figure.
     */
    private long sumMs(String task, ToLongFunction<EngineEvent.Stats> nanos) {
        long sum = 0;
        for (var e : lastSample.entrySet()) {
            if (task == null || e.getKey().task().equals(task)) {
                long n = nanos.applyAsLong(e.getValue());
                if (n < 0) {
                    return -1;
                }
                sum += n;
            }
        }
        return sum / 1_000_000;
    }

    /**
     * A kitchen child, a map key. Its equals and hashCode are written out: a record's own are made by an
     * invokedynamic bootstrap on first use, which no JDK 25 AOT cache keeps, and that first use fell
     * between a kitchen's hello and the first order (about 25 ms of wall in a cold game at load 5).
     */
    private record Child(String task, int kitchen, long pid) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Child c && c.kitchen == kitchen && c.pid == pid && c.task.equals(task);
        }

        @Override
        public int hashCode() {
            return (task.hashCode() * 31 + kitchen) * 31 + Long.hashCode(pid);
        }
    }

    /** The running counts of one task, or of all. */
    private final class Tally {
        final long orders;
        final Latencies latencies;
        final List<Score.CrashRecord> crashes = new ArrayList<>();
        final List<Score.FreezeRecord> freezes = new ArrayList<>();
        final Map<String, Long> lostUpdates = new LinkedHashMap<>();
        final Map<String, Long> lostReasons = new LinkedHashMap<>();
        long served;
        long lost;
        long firstArrivalNanos = -1;
        long lastEndNanos;
        /** -1 until a kitchen reports the figure. */
        long peakRssBytes = -1;
        long peakPssBytes = -1;
        int peakProcesses;
        int peakThreads;
        /** A kitchen could not count its threads (-1): a sum without it would be a smaller figure under the name. */
        boolean threadsUnmeasured;
        int peakCoroutines;
        int peakVirtualThreads;

        Tally(long orders) {
            this.orders = orders;
            this.latencies = new Latencies(orders);
        }

        void arrived(long at) {
            if (firstArrivalNanos < 0) {
                firstArrivalNanos = at;
            }
        }

        void served(long at, long[] latencyNanos) {
            served += latencyNanos.length;
            latencies.addAll(latencyNanos);
            lastEndNanos = Math.max(lastEndNanos, at);
        }

        void lost(long at, String reason) {
            lost++;
            lostReasons.merge(reason, 1L, Long::sum);
            lastEndNanos = Math.max(lastEndNanos, at);
        }

        void peaks(Iterable<EngineEvent.Stats> samples) {
            // a process or thread kitchen reports its chefs as live units: they are threads, already counted
            int processes = 0;
            int threads = 0;
            int coroutines = 0;
            int virtualThreads = 0;
            for (EngineEvent.Stats s : samples) {
                processes++;
                threads += s.threads();
                threadsUnmeasured |= s.threads() < 0;
                Model model = models.get(new Child(s.task(), s.kitchen(), s.pid()));
                if (model == Model.COROUTINE) {
                    coroutines += s.coroutines();
                } else if (model == Model.VIRTUAL) {
                    virtualThreads += s.coroutines();
                }
            }
            peakRssBytes = Math.max(peakRssBytes, sum(samples, EngineEvent.Stats::rssBytes));
            peakPssBytes = Math.max(peakPssBytes, sum(samples, EngineEvent.Stats::pssBytes));
            peakProcesses = Math.max(peakProcesses, processes);
            peakThreads = Math.max(peakThreads, threads);
            peakCoroutines = Math.max(peakCoroutines, coroutines);
            peakVirtualThreads = Math.max(peakVirtualThreads, virtualThreads);
        }

        Score.Figures figures(String task, long idealMs) {
            long wallMs = wallNanos() / 1_000_000;
            double throughput = wallMs == 0 ? 0 : served * 1000.0 / wallMs;
            return new Score.Figures(orders, served, lost, wallMs, throughput,
                    latencies.percentileMs(0.50), latencies.percentileMs(0.95),
                    crashes, freezes, lostUpdates.values().stream().mapToLong(Long::longValue).sum(),
                    megabytes(peakRssBytes), megabytes(peakPssBytes), sumMs(task, EngineEvent.Stats::cpuNanos),
                    sumMs(task, EngineEvent.Stats::blockedNanos), peakProcesses, threadsUnmeasured ? -1 : peakThreads, peakCoroutines,
                    peakVirtualThreads, idealMs);
        }

        /** The sum of a memory figure over the kitchens that reported it; -1 when none did. */
        private static long sum(Iterable<EngineEvent.Stats> samples, ToLongFunction<EngineEvent.Stats> bytes) {
            long sum = -1;
            for (EngineEvent.Stats s : samples) {
                if (bytes.applyAsLong(s) >= 0) {
                    sum = Math.max(sum, 0) + bytes.applyAsLong(s);
                }
            }
            return sum;
        }

        private static double megabytes(long bytes) {
            return bytes < 0 ? -1 : bytes / (1024.0 * 1024.0);
        }

        /** From the first arrival to the last order's end; while orders are open, to the latest event. */
        private long wallNanos() {
            if (firstArrivalNanos < 0) {
                return 0;
            }
            boolean allEnded = served + lost >= orders;
            long end = allEnded ? lastEndNanos : finishedNanos >= 0 ? finishedNanos : nowNanos;
            return Math.max(0, end - firstArrivalNanos);
        }
    }
}
