package dev.forkful.timeline;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the Chrome Trace Event Format (JSON Object Format) that a trace must keep for Perfetto and
 * {@code chrome://tracing} to show it whole, checked on a file's text: {@link #problems} lists each broken one.
 * Perfetto's own rules beside the format's: a tid names one thread in the whole trace, and complete events on
 * one thread nest or do not overlap.
 */
public final class ChromeTraceRules {
    private static final Set<String> PHASES = Set.of("B", "E", "X", "i", "I", "C", "b", "n", "e", "s", "t", "f", "P",
            "N", "O", "D", "M", "V", "v", "R", "c", "(", ")");
    private static final Set<String> METADATA = Set.of("process_name", "process_labels", "process_sort_index",
            "thread_name", "thread_sort_index");

    private final List<String> problems = new ArrayList<>();
    private final Set<Long> processNames = new HashSet<>();
    private final Map<Long, Long> threadNames = new HashMap<>(); // tid to its pid
    private final Set<Long> pidsUsed = new HashSet<>();
    private final Map<Long, Long> tidsUsed = new HashMap<>();
    private final Map<Long, List<BigDecimal[]>> completes = new HashMap<>();

    private ChromeTraceRules() {
    }

    /** Each rule {@code text} breaks, with the event's index; empty when the trace keeps them all. */
    public static List<String> problems(String text) {
        ChromeTraceRules rules = new ChromeTraceRules();
        rules.check(text);
        return rules.problems;
    }

    private void check(String text) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            problems.add("not JSON: " + e.getMessage());
            return;
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("traceEvents")
                || !root.getAsJsonObject().get("traceEvents").isJsonArray()) {
            problems.add("not a JSON object with a traceEvents array");
            return;
        }
        JsonElement unit = root.getAsJsonObject().get("displayTimeUnit");
        if (unit != null && !(unit.isJsonPrimitive() && Set.of("ms", "ns").contains(unit.getAsString()))) {
            problems.add("displayTimeUnit is " + unit + ", not \"ms\" or \"ns\"");
        }
        int i = 0;
        for (JsonElement e : root.getAsJsonObject().getAsJsonArray("traceEvents")) {
            if (e.isJsonObject()) {
                event(i, e.getAsJsonObject());
            } else {
                problems.add("event " + i + ": not an object");
            }
            i++;
        }
        pidsUsed.stream().filter(pid -> !processNames.contains(pid)).sorted()
                .forEach(pid -> problems.add("pid " + pid + " has no process_name"));
        tidsUsed.entrySet().stream().filter(t -> !t.getValue().equals(threadNames.get(t.getKey())))
                .forEach(t -> problems.add("tid " + t.getKey() + " of pid " + t.getValue() + " has no thread_name there"));
        completes.forEach(this::nestOrApart);
    }

    private void event(int i, JsonObject e) {
        String at = "event " + i + ": ";
        String ph = text(e, "ph");
        if (ph == null || !PHASES.contains(ph)) {
            problems.add(at + "ph " + e.get("ph") + " is not a phase of the format");
            return;
        }
        Long pid = whole(e, "pid");
        if (pid == null || pid < 0) {
            problems.add(at + "no pid (a whole number, 0 or more)");
            return;
        }
        if (ph.equals("M")) {
            metadata(at, e, pid);
            return;
        }
        pidsUsed.add(pid);
        BigDecimal ts = number(e, "ts");
        if (ts == null || ts.signum() < 0) {
            problems.add(at + "ts is not a number, 0 or more");
            return;
        }
        switch (ph) {
            case "X" -> complete(i, e, pid, ts);
            case "i", "I" -> instant(at, e, pid);
            case "C" -> counter(at, e);
            default -> { }
        }
    }

    private void metadata(String at, JsonObject e, long pid) {
        String name = text(e, "name");
        if (name == null || !METADATA.contains(name)) {
            problems.add(at + "metadata named " + e.get("name") + ", which the format does not know");
            return;
        }
        JsonElement args = e.get("args");
        boolean named = args != null && args.isJsonObject() && text(args.getAsJsonObject(), "name") != null;
        if (name.equals("process_name") && named) {
            processNames.add(pid);
        } else if (name.equals("thread_name") && named) {
            Long tid = whole(e, "tid");
            if (tid == null) {
                problems.add(at + "thread_name without a tid");
            } else {
                claim(threadNames, tid, pid, at, "named");
            }
        } else if (name.endsWith("_name")) {
            problems.add(at + name + " without args.name");
        }
    }

    private void complete(int i, JsonObject e, long pid, BigDecimal ts) {
        String at = "event " + i + ": ";
        BigDecimal dur = number(e, "dur");
        Long tid = usedTid(at, e, pid);
        if (dur == null || dur.signum() < 0) {
            problems.add(at + "a complete event (X) without a dur, 0 or more");
        } else if (tid != null) {
            completes.computeIfAbsent(tid, t -> new ArrayList<>()).add(new BigDecimal[] {ts, ts.add(dur), BigDecimal.valueOf(i)});
        }
    }

    private void instant(String at, JsonObject e, long pid) {
        String scope = e.has("s") ? text(e, "s") : "t";
        if (scope == null || !Set.of("g", "p", "t").contains(scope)) {
            problems.add(at + "instant scope " + e.get("s") + " is not g, p or t");
        } else if (scope.equals("t")) {
            usedTid(at, e, pid);
        }
    }

    private void counter(String at, JsonObject e) {
        JsonElement args = e.get("args");
        if (text(e, "name") == null || args == null || !args.isJsonObject() || args.getAsJsonObject().isEmpty()) {
            problems.add(at + "a counter (C) needs a name and args");
            return;
        }
        args.getAsJsonObject().entrySet().stream().filter(a -> number(args.getAsJsonObject(), a.getKey()) == null)
                .forEach(a -> problems.add(at + "counter value " + a.getKey() + " is not a number"));
    }

    private Long usedTid(String at, JsonObject e, long pid) {
        Long tid = whole(e, "tid");
        if (tid == null) {
            problems.add(at + "no tid on a thread's event");
        } else {
            claim(tidsUsed, tid, pid, at, "used");
        }
        return tid;
    }

    /** Notes {@code tid} as {@code pid}'s in {@code owners}: Perfetto keys a thread by its tid, so one tid in two processes is one thread. */
    private void claim(Map<Long, Long> owners, long tid, long pid, String at, String how) {
        Long owner = owners.putIfAbsent(tid, pid);
        if (owner != null && owner != pid) {
            problems.add(at + "tid " + tid + " " + how + " in pid " + owner + " and in pid " + pid);
        }
    }

    /** On one thread, each complete event starts after the last open one ended, or ends within it. */
    private void nestOrApart(long tid, List<BigDecimal[]> events) {
        events.sort(Comparator.comparing((BigDecimal[] x) -> x[0]).thenComparing(x -> x[1], Comparator.reverseOrder()));
        Deque<BigDecimal[]> open = new ArrayDeque<>();
        for (BigDecimal[] x : events) {
            while (!open.isEmpty() && open.peek()[1].compareTo(x[0]) <= 0) {
                open.pop();
            }
            if (!open.isEmpty() && x[1].compareTo(open.peek()[1]) > 0) {
                problems.add("event " + x[2] + ": on tid " + tid + " it overlaps event " + open.peek()[2] + " without nesting in it");
            }
            open.push(x);
        }
    }

    private static String text(JsonObject e, String key) {
        JsonElement v = e.get(key);
        return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : null;
    }

    private static BigDecimal number(JsonObject e, String key) {
        JsonElement v = e.get(key);
        return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber() ? v.getAsBigDecimal() : null;
    }

    private static Long whole(JsonObject e, String key) {
        BigDecimal n = number(e, key);
        try {
            return n == null ? null : n.longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }
}
