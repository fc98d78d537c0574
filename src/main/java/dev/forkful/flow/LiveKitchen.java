package dev.forkful.flow;

import dev.forkful.engine.EngineEvent;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Plain;
import dev.forkful.level.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the kitchens are doing right now, folded from the engine's events alone: nothing here is
 * guessed or animated. Immutable; {@link #on} returns the next view.
 *
 * @param elapsedNanos the time of the latest event, since the run started
 * @param log          the notable events, oldest first, at most {@link #LOG_SIZE}
 */
public record LiveKitchen(long elapsedNanos, List<TaskLive> tasks, List<LogLine> log, boolean finished) {
    public static final int LOG_SIZE = 40;
    /** Chefs followed one by one per kitchen; the others are counted. */
    public static final int CHEFS_SHOWN = 8;

    public LiveKitchen {
        tasks = List.copyOf(tasks);
        log = List.copyOf(log);
    }

    public static LiveKitchen start(Level level) {
        return new LiveKitchen(0, level.tasks().stream().map(TaskLive::of).toList(), List.of(), false);
    }

    /** One line of the event log; {@code kind} picks its glyph, {@code times} counts repeats. */
    public record LogLine(long atNanos, Kind kind, String text, int times) {
        /** What a line is about. */
        public enum Kind { INFO, FIRE, ICE, RACE, LOST, DONE }
    }

    /** One task's orders and kitchens. */
    public record TaskLive(Task task, long arrived, long served, long lost, List<KitchenLive> kitchens,
            List<String> races) {
        public TaskLive {
            kitchens = List.copyOf(kitchens);
            races = List.copyOf(races);
        }

        static TaskLive of(Task task) {
            return new TaskLive(task, 0, 0, 0, List.of(), List.of());
        }

        /** Orders that came in and are neither served nor lost: waiting for a chef or on the stove. */
        public long open() {
            return Math.max(0, arrived - served - lost);
        }

        TaskLive with(long arrived, long served, long lost) {
            return new TaskLive(task, arrived, served, lost, kitchens, races);
        }

        TaskLive kitchen(int index, UnaryOperator<KitchenLive> change) {
            List<KitchenLive> next = new ArrayList<>(kitchens);
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i).index() == index) {
                    next.set(i, change.apply(next.get(i)));
                    return new TaskLive(task, arrived, served, lost, next, races);
                }
            }
            return this;
        }
    }

    /** A kitchen's fate: cooking, ended normally, burnt down (abnormal end) or frozen (killed by the watchdog). */
    public enum KitchenState { COOKING, ENDED, BURNT, FROZEN }

    /**
     * One child process and what its chefs do.
     *
     * @param chefs      what the first {@link #CHEFS_SHOWN} chefs cook ({@code order} -1 when idle)
     * @param frozenMs   how long it stood still before the watchdog acted, when frozen or stalled
     * @param rssBytes   resident memory, shared pages counted whole; -1 where not measured
     * @param pssBytes   proportional memory, shared pages split among the processes; -1 where not measured
     * @param cpuPercent the share of one core used between its last two reports; -1 where not measured
     * @param threads    the child's threads; -1 where not measured
     */
    public record KitchenLive(int index, Model model, long pid, int chefCount, KitchenState state, List<Chef> chefs,
            long frozenMs, String freezeCause, long rssBytes, long pssBytes, long cpuNanos, int threads, int coroutines,
            double cpuPercent, long statsAtNanos) {
        public KitchenLive {
            chefs = List.copyOf(chefs);
        }

        KitchenLive state(KitchenState s) {
            return new KitchenLive(index, model, pid, chefCount, s, s == KitchenState.COOKING ? chefs : idle(chefs.size()),
                    frozenMs, freezeCause, rssBytes, pssBytes, cpuNanos, threads, coroutines,
                    cpuPercent, statsAtNanos);
        }

        KitchenLive frozen(long ms, String cause, boolean killed) {
            return new KitchenLive(index, model, pid, chefCount, killed ? KitchenState.FROZEN : state, chefs,
                    Math.max(frozenMs, ms), cause, rssBytes, pssBytes, cpuNanos, threads, coroutines, cpuPercent, statsAtNanos);
        }

        KitchenLive chef(int chef, long order, int step) {
            if (chef >= chefs.size()) {
                return this;
            }
            List<Chef> next = new ArrayList<>(chefs);
            next.set(chef, new Chef(order, step));
            return new KitchenLive(index, model, pid, chefCount, state, next, frozenMs,
                    freezeCause, rssBytes, pssBytes, cpuNanos, threads, coroutines, cpuPercent, statsAtNanos);
        }

        /** The chefs who served these dishes are free: one copy of the chefs for a whole line of dishes. */
        KitchenLive free(int[] served) {
            List<Chef> next = new ArrayList<>(chefs);
            for (int chef : served) {
                if (chef < next.size()) {
                    next.set(chef, new Chef(-1, -1));
                }
            }
            return new KitchenLive(index, model, pid, chefCount, state, next, frozenMs,
                    freezeCause, rssBytes, pssBytes, cpuNanos, threads, coroutines, cpuPercent, statsAtNanos);
        }

        KitchenLive stats(EngineEvent.Stats s) {
            long wall = s.atNanos() - statsAtNanos;
            double percent = s.cpuNanos() < 0 ? -1
                    : Math.max(0, statsAtNanos > 0 && wall > 0 ? 100.0 * (s.cpuNanos() - cpuNanos) / wall : cpuPercent);
            return new KitchenLive(index, model, pid, chefCount, state, chefs, frozenMs, freezeCause,
                    s.rssBytes(), s.pssBytes(), s.cpuNanos(), s.threads(), s.coroutines(), percent, s.atNanos());
        }

        static List<Chef> idle(int n) {
            return java.util.Collections.nCopies(n, Chef.IDLE);
        }
    }

    /** What one chef cooks: an order and the step it is on, or nothing. */
    public record Chef(long order, int step) {
        public static final Chef IDLE = new Chef(-1, -1);
    }

    public long served() {
        return tasks.stream().mapToLong(TaskLive::served).sum();
    }

    public long orders() {
        return tasks.stream().mapToLong(t -> t.task().orders()).sum();
    }

    /** Orders served per second since the start. */
    public double throughputPerS() {
        return elapsedNanos == 0 ? 0 : served() * 1e9 / elapsedNanos;
    }

    /** The view after one more event. */
    public LiveKitchen on(EngineEvent event) {
        long at = Math.max(elapsedNanos, event.atNanos());
        return switch (event) {
            case EngineEvent.KitchenStarted e -> task(e.task(), t -> {
                List<KitchenLive> ks = new ArrayList<>(t.kitchens());
                ks.add(new KitchenLive(e.kitchen(), e.model(), e.pid(), e.chefs(), KitchenState.COOKING,
                        KitchenLive.idle(Math.min(CHEFS_SHOWN, e.chefs())), 0, "", -1, -1, 0, 0, 0, 0, 0));
                return new TaskLive(t.task(), t.arrived(), t.served(), t.lost(), ks, t.races());
            }).at(at).log(at, LogLine.Kind.INFO, e.task() + ": " + e.model().id() + " kitchen " + e.kitchen()
                    + " is up (pid " + e.pid() + ", " + chefs(e.chefs()) + ")");
            case EngineEvent.KitchenDied e -> task(e.task(), t -> t.kitchen(e.kitchen(), k -> k.state() == KitchenState.COOKING
                    ? k.state(e.abnormal() ? KitchenState.BURNT : KitchenState.ENDED) : k)).at(at)
                    .log(at, e.abnormal() ? LogLine.Kind.FIRE : LogLine.Kind.INFO, e.task() + ": kitchen " + e.kitchen()
                            + " (pid " + e.pid() + ") " + (e.abnormal() ? "ended abnormally, exit status " : "closed, exit status ")
                            + e.exitStatus());
            case EngineEvent.OrdersArrived e -> task(e.task(), t -> t.with(t.arrived() + e.count(), t.served(), t.lost())).at(at);
            case EngineEvent.StepStarted e -> task(e.task(), t -> t.kitchen(e.kitchen(), k -> k.chef(e.chef(), e.order(), e.step()))).at(at);
            case EngineEvent.OrdersServed e -> task(e.task(), t -> t.with(t.arrived(), t.served() + e.count(), t.lost())
                    .kitchen(e.kitchen(), k -> k.free(e.chefs()))).at(at);
            case EngineEvent.OrderLost e -> task(e.task(), t -> t.with(t.arrived(), t.served(), t.lost() + 1)).at(at)
                    .log(at, LogLine.Kind.LOST, e.task() + ": an order was lost: " + e.reason());
            case EngineEvent.Crash e -> at(at).log(at, LogLine.Kind.FIRE, e.task() + ": the " + e.model().id()
                    + " kitchen (pid " + e.pid() + ") burnt down (" + e.kind() + ", exit status " + e.exitStatus() + "): "
                    + dishes(e.dishesLost()) + " lost with it");
            case EngineEvent.Freeze e -> task(e.task(), t -> t.kitchen(e.kitchen(), k -> k.frozen(e.stalledMs(), e.cause(), e.killed())))
                    .at(at).log(at, LogLine.Kind.ICE, e.task() + ": " + e.model().id() + " kitchen " + e.kitchen()
                            + " stood still for " + millis(e.stalledMs()) + " (" + e.cause() + ")"
                            + (e.killed() ? ": the watchdog killed it" : ""));
            case EngineEvent.Race e -> task(e.task(), t -> {
                List<String> races = new ArrayList<>(t.races());
                races.add(e.ingredient() + ": " + e.taken() + " taken, " + e.gone() + " gone from the fridge");
                return new TaskLive(t.task(), t.arrived(), t.served(), t.lost(), t.kitchens(), races);
            }).at(at).log(at, LogLine.Kind.RACE, e.task() + ": the fridge audit found lost updates: " + e.taken()
                    + " " + e.ingredient() + " taken but only " + e.gone() + " gone");
            case EngineEvent.MachineShare e -> this;
            case EngineEvent.OrderCooked e -> this;
            case EngineEvent.ChefFrozen e -> this; // the Freeze that follows it is shown
            case EngineEvent.Stats e -> task(e.task(), t -> t.kitchen(e.kitchen(), k -> k.stats(e))).at(at);
            case EngineEvent.Finished e -> new LiveKitchen(at, tasks, log, true)
                    .log(at, LogLine.Kind.DONE, "the kitchens are done after " + millis(at / 1_000_000));
        };
    }

    private LiveKitchen at(long at) {
        return new LiveKitchen(at, tasks, log, finished);
    }

    private LiveKitchen task(String id, UnaryOperator<TaskLive> change) {
        List<TaskLive> next = new ArrayList<>(tasks);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).task().id().equals(id)) {
                next.set(i, change.apply(next.get(i)));
                return new LiveKitchen(elapsedNanos, next, log, finished);
            }
        }
        return this;
    }

    /** Adds a line, or counts a repeat of the last one (a time limit loses many orders at once). */
    private LiveKitchen log(long at, LogLine.Kind kind, String text) {
        List<LogLine> next = new ArrayList<>(log);
        LogLine last = next.isEmpty() ? null : next.getLast();
        if (last != null && last.kind() == kind && last.text().equals(text)) {
            next.set(next.size() - 1, new LogLine(last.atNanos(), kind, text, last.times() + 1));
        } else {
            next.add(new LogLine(at, kind, text, 1));
            if (next.size() > LOG_SIZE) {
                next.removeFirst();
            }
        }
        return new LiveKitchen(elapsedNanos, tasks, next, finished);
    }

    static String chefs(int n) {
        return n == 1 ? "1 chef" : n + " chefs";
    }

    static String dishes(int n) {
        return n == 1 ? "1 dish" : n + " dishes";
    }

    /** {@code 850ms} or {@code 2.4s}. */
    public static String millis(long ms) {
        return ms < 1000 ? ms + "ms" : Plain.format("%.1fs", ms / 1000.0);
    }
}
