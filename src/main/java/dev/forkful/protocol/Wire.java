package dev.forkful.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import dev.forkful.level.Fault;
import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.protocol.ChefState;
import dev.forkful.protocol.FridgeAudit;
import dev.forkful.protocol.KitchenSpec;
import dev.forkful.protocol.WorkOrder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kitchen protocol: one JSON object per line on the child's stdin and stdout, its type in
 * {@code "t"}. Both sides build and read their lines here, so the wire format lives in one place.
 * The full list of messages is in this package's documentation.
 */
public final class Wire {
    /** Bumped on any incompatible change; the child refuses a setup of another version. */
    public static final int VERSION = 6;

    private Wire() {
    }

    /** One line being written: {@code Wire.line("served").put("order", 3).end()}. */
    public static final class Line {
        private final StringWriter text = new StringWriter(64);
        private final JsonWriter json = new JsonWriter(text);

        private Line(String type) {
            io(() -> json.beginObject().name("t").value(type));
        }

        public Line put(String key, long value) {
            io(() -> json.name(key).value(value));
            return this;
        }

        public Line put(String key, double value) {
            io(() -> json.name(key).value(value));
            return this;
        }

        public Line put(String key, boolean value) {
            io(() -> json.name(key).value(value));
            return this;
        }

        public Line put(String key, String value) {
            io(() -> json.name(key).value(value));
            return this;
        }

        /** Writes a nested value with the raw writer. */
        public Line put(String key, JsonBody body) {
            io(() -> {
                json.name(key);
                body.write(json);
            });
            return this;
        }

        /** The finished line, without its newline. */
        public String end() {
            io(() -> json.endObject().flush());
            return text.toString();
        }
    }

    /** Writes one JSON value. */
    @FunctionalInterface
    public interface JsonBody {
        void write(JsonWriter json) throws IOException;
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
    }

    public static Line line(String type) {
        return new Line(type);
    }

    /** Reads one line; a line that is not a JSON object is a protocol error. */
    public static JsonObject read(String line) throws ProtocolException {
        try {
            JsonElement e = JsonParser.parseString(line);
            if (!e.isJsonObject() || !e.getAsJsonObject().has("t")) {
                throw new ProtocolException("not a message: " + abbreviate(line));
            }
            return e.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new ProtocolException("not JSON: " + abbreviate(line));
        }
    }

    public static String type(JsonObject message) {
        return message.get("t").getAsString();
    }

    static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    /** A line the other side could not understand. */
    public static final class ProtocolException extends Exception {
        public ProtocolException(String message) {
            super(message);
        }
    }

    // ---- supervisor to child

    public static String setup(KitchenSpec spec) {
        return line("setup").put("v", VERSION).put("spec", json -> writeSpec(json, spec)).end();
    }

    /**
     * Orders {@code first} to {@code first + count - 1}, handed over at once; {@code faulty} are
     * those of them that a fault strikes, as {@code [id, step, fault]}.
     */
    public static String orders(long first, int count, List<WorkOrder> faulty) {
        if (faulty.isEmpty()) {
            // the line JsonWriter writes, by hand: a banquet's hundred lines would have the game's C1 compile it mid-run
            return new StringBuilder(64).append(ORDERS_PREFIX).append(first).append(ORDERS_COUNT).append(count)
                    .append(CLEAN_ORDERS_END).toString();
        }
        return line("orders").put("first", first).put("count", count).put("faults", json -> {
            json.beginArray();
            for (WorkOrder o : faulty) {
                json.beginArray().value(o.id()).value(o.faultStep()).value(o.fault().id()).endArray();
            }
            json.endArray();
        }).end();
    }

    /** How a clean {@code orders} line (no fault strikes its orders) is written: see {@link #readCleanOrders}. */
    private static final String ORDERS_PREFIX = "{\"t\":\"orders\",\"first\":";
    private static final String ORDERS_COUNT = ",\"count\":";
    private static final String CLEAN_ORDERS_END = ",\"faults\":[]}";

    /**
     * An {@code orders} line with no fault, {@code {"t":"orders","first":F,"count":C,"faults":[]}} exactly as
     * {@link #orders} writes it, read by hand (the kitchen's C1 would compile Gson's reader mid-run for a
     * banquet's hundred lines); null for any other line, which {@link #read} and {@link #readOrders} then read.
     */
    public static WorkOrder.Burst readCleanOrders(String line) {
        if (!line.startsWith(ORDERS_PREFIX) || !line.endsWith(CLEAN_ORDERS_END)) {
            return null;
        }
        int count = line.indexOf(ORDERS_COUNT, ORDERS_PREFIX.length());
        long first = count < 0 ? -1 : digits(line, ORDERS_PREFIX.length(), count);
        long n = count < 0 ? -1 : digits(line, count + ORDERS_COUNT.length(), line.length() - CLEAN_ORDERS_END.length());
        return first < 0 || n < 0 || n > Integer.MAX_VALUE ? null : new WorkOrder.Burst(first, (int) n, List.of());
    }

    /** The number that {@code text[from, to)} is, all digits (at most 18), or -1. */
    private static long digits(String text, int from, int to) {
        if (to <= from || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = 10 * v + (c - '0');
        }
        return v;
    }

    /** The reply to a pantry request: how much was taken. */
    public static String taken(long request, long amount) {
        return line("taken").put("id", request).put("amount", amount).end();
    }

    public static String ping(long id) {
        return line("ping").put("id", id).end();
    }

    public static String finish() {
        return line("finish").end();
    }

    /** Asks a fresh child to measure how much work is one millisecond of one core, then exit. */
    public static String calibrate() {
        return line("calibrate").put("v", VERSION).end();
    }

    private static void writeSpec(JsonWriter json, KitchenSpec spec) throws IOException {
        json.beginObject();
        json.name("task").value(spec.task());
        json.name("model").value(spec.model().id());
        json.name("chefs").value(spec.chefs());
        json.name("gil").value(spec.gil());
        json.name("lock").value(spec.lock());
        json.name("work_per_ms").value(spec.workPerMs());
        json.name("pantry").value(spec.pantry());
        json.name("steps").beginArray();
        for (Step s : spec.steps()) {
            writeStep(json, s);
        }
        json.endArray();
        json.name("fridge").beginObject();
        for (var e : spec.fridge().entrySet()) {
            json.name(e.getKey()).value(e.getValue());
        }
        json.endObject();
        json.endObject();
    }

    private static void writeStep(JsonWriter json, Step s) throws IOException {
        json.beginObject().name("name").value(s.name());
        switch (s.action()) {
            case Step.Action.Cpu(Duration t) -> json.name("cpu_ns").value(t.toNanos());
            case Step.Action.Wait(Duration t) -> json.name("wait_ns").value(t.toNanos());
            case Step.Action.Block(Duration t) -> json.name("block_ns").value(t.toNanos());
            case Step.Action.Fridge(String ingredient, long take, boolean awaits) -> {
                json.name("fridge").value(ingredient).name("take").value(take);
                if (awaits) {
                    json.name("await").value(true);
                }
            }
        }
        if (!s.hold().isEmpty()) {
            json.name("hold").beginArray();
            for (String lock : s.hold()) {
                json.value(lock);
            }
            json.endArray();
        }
        if (s.fault().isPresent()) {
            json.name("fault").value(s.fault().get().kind().id());
            json.name("chance").value(s.fault().get().chance());
        }
        json.endObject();
    }

    public static KitchenSpec readSpec(JsonObject setup) throws ProtocolException {
        try {
            int v = setup.get("v").getAsInt();
            if (v != VERSION) {
                throw new ProtocolException("protocol version " + v + ", this worker speaks " + VERSION);
            }
            JsonObject o = setup.getAsJsonObject("spec");
            List<Step> steps = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("steps")) {
                steps.add(readStep(e.getAsJsonObject()));
            }
            Map<String, Long> fridge = new LinkedHashMap<>();
            for (var e : o.getAsJsonObject("fridge").entrySet()) {
                fridge.put(e.getKey(), e.getValue().getAsLong());
            }
            return new KitchenSpec(
                    o.get("task").getAsString(),
                    model(o.get("model").getAsString()),
                    o.get("chefs").getAsInt(),
                    o.get("gil").getAsBoolean(),
                    o.get("lock").getAsBoolean(),
                    steps,
                    o.get("work_per_ms").getAsLong(),
                    o.get("pantry").getAsBoolean(),
                    fridge);
        } catch (RuntimeException e) {
            throw new ProtocolException("bad setup: " + e.getMessage());
        }
    }

    private static Step readStep(JsonObject o) throws ProtocolException {
        Step.Action action;
        if (o.has("cpu_ns")) {
            action = new Step.Action.Cpu(Duration.ofNanos(o.get("cpu_ns").getAsLong()));
        } else if (o.has("wait_ns")) {
            action = new Step.Action.Wait(Duration.ofNanos(o.get("wait_ns").getAsLong()));
        } else if (o.has("block_ns")) {
            action = new Step.Action.Block(Duration.ofNanos(o.get("block_ns").getAsLong()));
        } else if (o.has("fridge")) {
            action = new Step.Action.Fridge(o.get("fridge").getAsString(), o.get("take").getAsLong(),
                    o.has("await") && o.get("await").getAsBoolean());
        } else {
            throw new ProtocolException("a step without an action: " + o);
        }
        Optional<Fault> fault = o.has("fault")
                ? Optional.of(new Fault(faultKind(o.get("fault").getAsString()), o.get("chance").getAsDouble()))
                : Optional.empty();
        List<String> hold = new ArrayList<>();
        if (o.has("hold")) {
            o.getAsJsonArray("hold").forEach(lock -> hold.add(lock.getAsString()));
        }
        return new Step(o.get("name").getAsString(), action, fault, hold);
    }

    /** The orders of an {@code orders} message: a {@code WorkOrder} only for each faulty one. */
    public static WorkOrder.Burst readOrders(JsonObject o) throws ProtocolException {
        try {
            List<WorkOrder> faulty = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("faults")) {
                JsonArray f = e.getAsJsonArray();
                faulty.add(new WorkOrder(f.get(0).getAsLong(), f.get(1).getAsInt(), faultKind(f.get(2).getAsString())));
            }
            return new WorkOrder.Burst(o.get("first").getAsLong(), o.get("count").getAsInt(), faulty);
        } catch (RuntimeException e) {
            throw new ProtocolException("bad orders: " + e.getMessage());
        }
    }

    private static Model model(String id) throws ProtocolException {
        return Model.byId(id).orElseThrow(() -> new ProtocolException("unknown model " + id));
    }

    private static Fault.Kind faultKind(String id) throws ProtocolException {
        for (Fault.Kind k : Fault.Kind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new ProtocolException("unknown fault " + id);
    }

    // ---- child to supervisor

    /** {@code clock} is the child's {@code System.nanoTime()} as it says hello: the origin of its served records' times. */
    public static String hello(long pid, Model model, long clockNanos) {
        return line("hello").put("v", VERSION).put("pid", pid).put("model", model.id()).put("clock", clockNanos).end();
    }

    /** How packed event lines start and end: {@code {"t":"steps","e":[order,chef,step,...]}}. */
    static final String STEPS_PREFIX = "{\"t\":\"steps\",\"e\":[";
    /**
     * {@code {"t":"served","e":[order,chef,start,lock,run,gil,...]}}: each dish with how it was cooked, in
     * microseconds: {@code start} since the child's hello {@code clock}, then per step of the recipe the
     * time waiting for the step's locks, the time from holding them to the step's end, and how much of that
     * went waiting for the GIL. A step starts where the one before it ended. Packed densely: each value after a
     * line's first dish is the difference from the same value of the dish before it (the orders of a burst
     * differ by 1, their starts by a few microseconds), and {@link #readEvents} adds them back up.
     */
    static final String SERVED_PREFIX = "{\"t\":\"served\",\"e\":[";
    static final String EVENTS_SUFFIX = "]}";
    /** The values of a step event: order, chef, step. */
    public static final int STEP_STRIDE = 3;

    /** The values of a served event of a recipe of {@code steps} steps. */
    public static int servedStride(int steps) {
        return 3 + 3 * steps;
    }

    /** A packed line's events, {@code stride} values each: see {@link #STEP_STRIDE}, {@link #servedStride}. */
    public record Events(boolean served, long[] values, int stride) {
    }

    /** {@link #readEvents(byte[], int, int, int)} of a line held as a String. */
    public static Events readEvents(String line, int servedStride) throws ProtocolException {
        byte[] text = line.getBytes(StandardCharsets.UTF_8);
        return readEvents(text, 0, text.length, servedStride);
    }

    /**
     * Reads a packed {@code steps} or {@code served} line, {@code text[from, to)}, by hand (they are most of
     * what a busy kitchen says); returns null for any other line. {@code servedStride} is the kitchen's
     * {@link #servedStride}. Parsed from the bytes as read from the pipe: no String is decoded for them.
     */
    public static Events readEvents(byte[] text, int from, int to, int servedStride) throws ProtocolException {
        return new EventsReader().read(text, from, to, servedStride);
    }

    /**
     * Reads packed event lines ({@link #readEvents(byte[], int, int, int)}) through a buffer it keeps, so that
     * a line costs one array of its exact size and no pass to count its values. One per reading thread.
     */
    public static final class EventsReader {
        private long[] scratch = new long[0];

        /** See {@link #readEvents(byte[], int, int, int)}. */
        public Events read(byte[] text, int from, int to, int servedStride) throws ProtocolException {
            return readEvents(text, from, to, servedStride, this);
        }

        /** Room for {@code values} values. */
        long[] room(int values) {
            if (scratch.length < values) {
                scratch = new long[Math.max(values, 2 * scratch.length)];
            }
            return scratch;
        }
    }

    private static Events readEvents(byte[] text, int from, int to, int servedStride, EventsReader reader)
            throws ProtocolException {
        boolean served = startsWith(text, from, to, SERVED_PREFIX);
        if (!served && !startsWith(text, from, to, STEPS_PREFIX)) {
            return null;
        }
        int end = to - EVENTS_SUFFIX.length();
        int i = from + (served ? SERVED_PREFIX : STEPS_PREFIX).length();
        if (end < i || !startsWith(text, end, to, EVENTS_SUFFIX)) {
            throw new ProtocolException("not a packed event line: " + abbreviate(text, from, to));
        }
        // each value takes two bytes at the least (a digit and a comma)
        int n = 0;
        long[] values = reader.room((end - i + 1) / 2);
        int sumStride = served ? servedStride : Integer.MAX_VALUE;
        while (i < end) {
            i = number(text, i, end, values, n++, sumStride);
            if (i < 0) {
                throw new ProtocolException("not a packed event line: " + abbreviate(text, from, to));
            }
        }
        Events events = new Events(served, Arrays.copyOf(values, n), served ? servedStride : STEP_STRIDE);
        if (n % events.stride() != 0) {
            throw new ProtocolException("an event cut short: " + abbreviate(text, from, to));
        }
        return events;
    }

    /**
     * Reads the number at {@code text[i]} and the comma after it into {@code into[n]}, plus {@code into[n -
     * sumStride]} (a served line's differences added back up); returns where the next number starts, or -1
     * when there is no number there. One call per value, not a loop over the line: a line's loop runs a
     * hundred times a banquet, too few for the game's C1 to compile it before the run ends.
     */
    private static int number(byte[] text, int i, int end, long[] into, int n, int sumStride) {
        boolean negative = text[i] == '-';
        int start = negative ? ++i : i;
        long v = 0;
        for (byte c; i < end && (c = text[i]) >= '0' && c <= '9'; i++) {
            v = v * 10 + (c - '0');
        }
        if (i == start || i - start > 18 || (i < end && (text[i] != ',' || i + 1 == end))) {
            return -1;
        }
        into[n] = (negative ? -v : v) + (n >= sumStride ? into[n - sumStride] : 0);
        return i + 1;
    }

    private static boolean startsWith(byte[] text, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text[from + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(byte[] text, int from, int to) {
        return abbreviate(new String(text, from, Math.min(to - from, 200), StandardCharsets.UTF_8));
    }

    /** {@code record}, when the order was begun, is how far it got, in the form of a served dish's (null: not begun). */
    public static String lost(long order, int chef, String reason, long[] record) {
        Line line = line("lost").put("order", order).put("chef", chef).put("reason", reason);
        if (record != null) {
            line.put("r", json -> {
                json.beginArray();
                for (long v : record) {
                    json.value(v);
                }
                json.endArray();
            });
        }
        return line.end();
    }

    /** A {@code lost} message's record, in the form of a served dish's after its order and chef; null when it has none. */
    public static long[] readLostRecord(JsonObject lost) {
        if (!lost.has("r")) {
            return null;
        }
        JsonArray r = lost.getAsJsonArray("r");
        long[] out = new long[r.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.get(i).getAsLong();
        }
        return out;
    }

    public static String stall(long order, int step, long stalledNanos, String cause) {
        return line("stall").put("order", order).put("step", step).put("nanos", stalledNanos).put("cause", cause).end();
    }

    /** Chefs of one kitchen wait for each other's locks for ever: {@code cycle} names who holds and waits for what. */
    public static String deadlock(String cycle, long stuckNanos) {
        return line("deadlock").put("cycle", cycle).put("nanos", stuckNanos).end();
    }

    /** Chef states travel as {@code [chef, order, step, since_ns, cpu_ns]} arrays to keep heartbeats short. */
    public static String heartbeat(List<ChefState> chefs, int pending) {
        return line("beat").put("pending", pending).put("chefs", json -> {
            json.beginArray();
            for (ChefState c : chefs) {
                json.beginArray().value(c.chef()).value(c.order()).value(c.step()).value(c.sinceNanos())
                        .value(c.cpuNanos()).endArray();
            }
            json.endArray();
        }).end();
    }

    public static List<ChefState> readChefs(JsonObject beat) {
        JsonArray chefs = beat.getAsJsonArray("chefs");
        List<ChefState> out = new ArrayList<>(chefs.size());
        for (JsonElement e : chefs) {
            JsonArray a = e.getAsJsonArray();
            out.add(new ChefState(a.get(0).getAsInt(), a.get(1).getAsLong(), a.get(2).getAsInt(), a.get(3).getAsLong(),
                    a.get(4).getAsLong()));
        }
        return out;
    }

    /**
     * A kitchen's sample of itself; {@code rss} and {@code pss} in bytes, {@code cpu_ns} since hello,
     * {@code threads}; each -1 where not measured (memory without {@code /proc}, CPU where the JVM cannot
     * tell); {@code blocked_ns} the wall time its blocking calls took; {@code work_ns} the calibrated time
     * of the cpu work its chefs finished and {@code work_cpu_ns} the CPU time that took them (0 and 0
     * where none was measured).
     */
    public static String stats(long rssBytes, long pssBytes, long cpuNanos, int threads, int units, long blockedNanos,
            long workNanos, long workCpuNanos) {
        return line("stats").put("rss", rssBytes).put("pss", pssBytes).put("cpu_ns", cpuNanos).put("threads", threads)
                .put("units", units).put("blocked_ns", blockedNanos).put("work_ns", workNanos).put("work_cpu_ns", workCpuNanos)
                .end();
    }

    /** A pantry request: take {@code amount} of {@code ingredient}; answered by {@link #taken}. */
    public static String take(long request, String ingredient, long amount) {
        return line("take").put("id", request).put("ingredient", ingredient).put("amount", amount).end();
    }

    public static String pong(long id) {
        return line("pong").put("id", id).end();
    }

    public static String audit(Map<String, FridgeAudit> fridge, boolean complete) {
        return line("audit").put("complete", complete).put("fridge", json -> {
            json.beginObject();
            for (var e : fridge.entrySet()) {
                FridgeAudit a = e.getValue();
                json.name(e.getKey()).beginArray().value(a.start()).value(a.taken()).value(a.left()).endArray();
            }
            json.endObject();
        }).end();
    }

    public static Map<String, FridgeAudit> readAudit(JsonObject audit) {
        Map<String, FridgeAudit> out = new LinkedHashMap<>();
        for (var e : audit.getAsJsonObject("fridge").entrySet()) {
            JsonArray a = e.getValue().getAsJsonArray();
            out.put(e.getKey(), new FridgeAudit(a.get(0).getAsLong(), a.get(1).getAsLong(), a.get(2).getAsLong()));
        }
        return out;
    }

    public static String done() {
        return line("done").end();
    }

    public static String calibrated(long workPerMs) {
        return line("calibrated").put("work_per_ms", workPerMs).end();
    }

    /** The child could not go on (a bad setup, a kitchen that failed to build); it exits after this. */
    public static String error(String message) {
        return line("error").put("message", message).end();
    }
}
