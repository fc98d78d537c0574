package dev.forkful.timeline;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The events of the Chrome Trace Event Format that {@link ChromeTrace} writes, one JSON object each, into the
 * {@code traceEvents} array: times in whole microseconds of the run's clock.
 */
final class ChromeTraceEvents {
    /** Below this a double's whole value is exact as a long. */
    private static final double WHOLE = 1e15;

    private final JsonWriter json;

    ChromeTraceEvents(JsonWriter json) {
        this.json = json;
    }

    /**
     * A run-clock time in whole microseconds (never before the run's start): every boundary is rounded down
     * alike, so spans that met still meet and spans that did not overlap still do not.
     */
    static long micros(long nanos) {
        return Math.max(0, Math.floorDiv(nanos, 1_000));
    }

    /** {@code "M"}: names a process ({@code tid} &lt; 0) or one of its threads. */
    void name(long pid, long tid, String name) throws IOException {
        json.beginObject();
        json.name("name").value(tid < 0 ? "process_name" : "thread_name");
        json.name("ph").value("M");
        json.name("pid").value(pid);
        if (tid >= 0) {
            json.name("tid").value(tid);
        }
        json.name("args").beginObject().name("name").value(name).endObject();
        json.endObject();
    }

    /** {@code "X"}: a complete event on one thread, from {@code fromNanos} to {@code toNanos}. */
    void complete(long pid, long tid, String name, String category, long fromNanos, long toNanos, SequencedMap<String, Object> args)
            throws IOException {
        long ts = micros(fromNanos);
        json.beginObject();
        json.name("name").value(name);
        json.name("cat").value(category);
        json.name("ph").value("X");
        json.name("ts").value(ts);
        json.name("dur").value(micros(toNanos) - ts);
        json.name("pid").value(pid);
        json.name("tid").value(tid);
        args(args);
        json.endObject();
    }

    /** {@code "i"} with process scope: a moment of one process, drawn across all its tracks. */
    void instant(long pid, String name, long atNanos, SequencedMap<String, Object> args) throws IOException {
        json.beginObject();
        json.name("name").value(name);
        json.name("ph").value("i");
        json.name("s").value("p");
        json.name("ts").value(micros(atNanos));
        json.name("pid").value(pid);
        args(args);
        json.endObject();
    }

    /** {@code "C"}: a process's counter {@code name} takes {@code value} from {@code atNanos} on; Perfetto shows it as "name key". */
    void counter(long pid, String name, String key, long atNanos, double value) throws IOException {
        json.beginObject();
        json.name("name").value(name);
        json.name("ph").value("C");
        json.name("ts").value(micros(atNanos));
        json.name("pid").value(pid);
        json.name("args").beginObject().name(key);
        if (value == Math.rint(value) && Math.abs(value) < WHOLE) {
            json.value((long) value); // 45000000, not 4.5E7
        } else {
            json.value(value);
        }
        json.endObject();
        json.endObject();
    }

    private void args(SequencedMap<String, Object> args) throws IOException {
        json.name("args").beginObject();
        for (Map.Entry<String, Object> arg : args.entrySet()) {
            json.name(arg.getKey());
            switch (arg.getValue()) {
                case Number n -> json.value(n);
                default -> json.value(String.valueOf(arg.getValue()));
            }
        }
        json.endObject();
    }
}
