package dev.forkful.timeline;

import com.google.gson.stream.JsonWriter;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Writes a {@link Timeline} as Chrome Trace Event JSON (the JSON Object Format), which Perfetto
 * (ui.perfetto.dev) and {@code chrome://tracing} open: a process per kitchen under its real pid, a track
 * per lane (chef, loop, house, virtual thread), a complete event per span named after its step, an
 * instant per mark on its kitchen, and the plots as counters of the supervisor (forkful's own process),
 * which also carries the marks that name no kitchen.
 */
public final class ChromeTrace {
    /**
     * The first lane's track id; lanes count up from it. Above Linux's largest pid (2^22): Perfetto keys a
     * thread by its tid across the whole trace, so no two lanes may share one, nor take a real pid's.
     */
    static final long FIRST_TID = (1L << 22) + 1;
    /** What a span waiting for a step's locks is called. */
    static final String LOCK_WAIT = "waiting for lock";

    private ChromeTrace() {
    }

    /** Writes {@code timeline}, a run of {@code level} supervised by process {@code supervisorPid}, to {@code out}. */
    public static void write(Timeline timeline, Level level, long supervisorPid, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("displayTimeUnit").value("ms");
        json.name("otherData").beginObject()
                .name("level").value(level.id())
                .name("title").value(level.title())
                .name("spans_dropped").value(timeline.spansDropped())
                .endObject();
        json.name("traceEvents").beginArray();
        ChromeTraceEvents events = new ChromeTraceEvents(json);
        events.name(supervisorPid, -1, "forkful (the supervisor)");
        Map<String, Long> pids = kitchens(timeline, events);
        lanes(timeline, level, events);
        for (Mark mark : timeline.marks()) {
            mark(mark, pids.getOrDefault(kitchenKey(mark.task(), mark.kitchen()), supervisorPid), events);
        }
        plots(timeline.plots(), supervisorPid, events);
        json.endArray();
        json.endObject();
        json.flush();
    }

    /** Names each kitchen's process; returns the pid of each kitchen, and of each task that has one kitchen (all models but process), by {@link #kitchenKey}. */
    private static Map<String, Long> kitchens(Timeline timeline, ChromeTraceEvents events) throws IOException {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (Lane lane : timeline.lanes()) {
            if (pids.putIfAbsent(kitchenKey(lane.task(), lane.kitchen()), lane.pid()) == null) {
                events.name(lane.pid(), -1, processName(lane));
                if (lane.model() != Model.PROCESS) { // the task's one kitchen: a mark naming only the task (a race, a lost order) is its
                    pids.put(kitchenKey(lane.task(), -1), lane.pid());
                }
            }
        }
        return pids;
    }

    private static String kitchenKey(String task, int kitchen) {
        return task + "\u0000" + kitchen;
    }

    /** "soup: process house 0", "salad: thread kitchen", "skewers: coroutine kitchen". */
    static String processName(Lane lane) {
        if (lane.model() == Model.PROCESS) {
            return lane.task() + ": process house " + lane.kitchen();
        }
        String model = lane.model() == Model.VIRTUAL ? "virtual-thread" : lane.model().id();
        return lane.task() + ": " + model + " kitchen" + (lane.kitchen() > 0 ? " " + lane.kitchen() : "");
    }

    private static void lanes(Timeline timeline, Level level, ChromeTraceEvents events) throws IOException {
        long tid = FIRST_TID;
        for (Lane lane : timeline.lanes()) {
            events.name(lane.pid(), tid, lane.label());
            List<Step> steps = level.task(lane.task()).map(Task::steps).orElse(List.of());
            long free = Long.MIN_VALUE;
            for (Span span : lane.spans()) {
                // a chef does one thing at a time: a span told from another clock (a frozen chef's, the watchdog's)
                // that overlaps the one before starts where that one ended, so Perfetto's track stays whole
                long from = Math.max(span.fromNanos(), free);
                free = Math.max(span.toNanos(), from);
                complete(span, steps, from, free, lane.pid(), tid, events);
            }
            tid++;
        }
    }

    private static void complete(Span span, List<Step> steps, long from, long to, long pid, long tid, ChromeTraceEvents events)
            throws IOException {
        Step step = span.step() >= 0 && span.step() < steps.size() ? steps.get(span.step()) : null;
        String activity = span.activity() == Activity.LOCK_WAIT ? LOCK_WAIT : span.activity().name().toLowerCase(Locale.ROOT);
        SequencedMap<String, Object> args = new LinkedHashMap<>();
        if (span.order() >= 0) {
            args.put("order", span.order());
        }
        if (step != null) {
            args.put("step", step.name());
        }
        args.put("activity", activity);
        args.put("gil_wait_us", ChromeTraceEvents.micros(span.gilWaitNanos()));
        if (span.activity() == Activity.LOCK_WAIT && step != null) {
            args.put("locks", String.join(", ", step.hold()));
        }
        if (from > span.fromNanos()) {
            args.put("clipped_us", ChromeTraceEvents.micros(from) - ChromeTraceEvents.micros(span.fromNanos()));
        }
        String name = span.activity() == Activity.LOCK_WAIT || step == null ? activity : step.name();
        events.complete(pid, tid, name, activity, from, to, args);
    }

    private static void mark(Mark mark, long pid, ChromeTraceEvents events) throws IOException {
        SequencedMap<String, Object> args = new LinkedHashMap<>();
        args.put("task", mark.task());
        if (mark.kitchen() >= 0) {
            args.put("kitchen", mark.kitchen());
        }
        args.put("what", mark.what());
        if (mark.atNanos() > mark.fromNanos()) {
            args.put("stalled_ms", (mark.atNanos() - mark.fromNanos()) / 1_000_000);
        }
        String name = switch (mark.kind()) {
            case CRASH -> "crash";
            case FREEZE -> "freeze";
            case STALL -> "stall";
            case LOST -> "lost order";
            case RACE -> "race: lost updates";
        };
        events.instant(pid, name, mark.atNanos(), args);
    }

    /** One counter value per bucket; memory only where it was measured (a live kitchen never has none). */
    private static void plots(Plots plots, long pid, ChromeTraceEvents events) throws IOException {
        counter(plots.served(), pid, "served", "per " + plots.served().bucketNanos() / 1_000_000 + " ms", events);
        if (plots.memoryBytes().max() > 0) {
            counter(plots.memoryBytes(), pid, "memory", "bytes", events);
        }
        counter(plots.cores(), pid, "cores", "used", events);
    }

    private static void counter(Series series, long pid, String name, String key, ChromeTraceEvents events) throws IOException {
        for (int i = 0; i < series.size(); i++) {
            events.counter(pid, name, key, i * series.bucketNanos(), series.at(i));
        }
    }
}
