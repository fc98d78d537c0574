package dev.forkful.level;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TOML table of a level, read key by key: each getter checks the type and range and, when they
 * are wrong, records a problem at the key's own line and returns empty, so that reading goes on and
 * every mistake of the file is reported.
 */
final class TomlTable {
    private static final Pattern NUMBER_AND_WORD = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-zµ]+)");
    private static final Map<String, String> UNIT_WORDS = Map.ofEntries(
            Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"), Map.entry("seconds", "s"),
            Map.entry("msec", "ms"), Map.entry("msecs", "ms"), Map.entry("millis", "ms"),
            Map.entry("millisecond", "ms"), Map.entry("milliseconds", "ms"), Map.entry("mil", "ms"),
            Map.entry("micros", "us"), Map.entry("microsecond", "us"), Map.entry("microseconds", "us"),
            Map.entry("nanos", "ns"), Map.entry("nanosecond", "ns"), Map.entry("nanoseconds", "ns"),
            Map.entry("min", "m"), Map.entry("mins", "m"), Map.entry("minute", "m"), Map.entry("minutes", "m"));

    /** Where problems go: the file's name, its outline for lines, and the list being filled. */
    record Sink(String file, TomlOutline outline, List<LevelProblem> problems) {
        void add(String path, String message) {
            problems.add(new LevelProblem(file, outline.lineOf(path), message));
        }
    }

    private final Sink sink;
    private final String path;
    private final String name;
    private final Map<String, Object> values;
    private Set<String> known = Set.of();

    /**
     * @param path where the table is in the outline ({@code ""}, {@code kitchen}, {@code task[0]})
     * @param name how messages call it ({@code [kitchen]}, {@code task "soup"})
     */
    TomlTable(Sink sink, String path, String name, Map<String, Object> values) {
        this.sink = sink;
        this.path = path;
        this.name = name;
        this.values = values;
    }

    String name() {
        return name;
    }

    /** The same table, called {@code newName} in messages. */
    TomlTable renamed(String newName) {
        return new TomlTable(sink, path, newName, values);
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    int lineOf(String key) {
        return sink.outline().lineOf(pathOf(key));
    }

    void problem(String key, String message) {
        sink.add(key == null ? path : pathOf(key), message);
    }

    Object raw(String key) {
        return values.get(key);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The keys in the order the file writes them. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(values.keySet());
        // not Comparator.comparingInt(...).thenComparing(...): the JDK's own lambdas in them are made at run time
        // (the AOT cache keeps the game's), milliseconds of every start
        keys.sort((a, b) -> {
            int byLine = Integer.compare(sink.outline().lineOf(pathOf(a)), sink.outline().lineOf(pathOf(b)));
            return byLine != 0 ? byLine : a.compareTo(b);
        });
        return keys;
    }

    /** Reports every key that is not one of {@code known}, with the closest known one. */
    void rejectUnknownKeys(Set<String> known) {
        this.known = known;
        for (String key : keys()) {
            if (!known.contains(key)) {
                problem(key, "unknown key \"" + key + "\" in " + name + Suggest.didYouMean(key, known)
                        + (Suggest.closest(key, known).isEmpty() ? " (known keys: " + String.join(", ", known) + ")" : ""));
            }
        }
    }

    /** Reports {@code key} missing, at the table's own line, unless a misspelt key already explains it. */
    boolean require(String key, String hint) {
        if (!has(key)) {
            if (!misspelt(key)) {
                sink.add(path, name + " has no " + key + " " + hint);
            }
            return false;
        }
        return true;
    }

    /** Whether an unknown key of this table is a likely typo of {@code key} (and so was reported as one). */
    boolean misspelt(String key) {
        return values.keySet().stream().anyMatch(k -> !known.contains(k)
                && Suggest.closest(k, known).filter(key::equals).isPresent());
    }

    Optional<String> string(String key, String example) {
        Object v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s);
        }
        problem(key, key + " must be text in quotes, not " + describe(v) + " (e.g. " + key + " = " + example + ")");
        return Optional.empty();
    }

    OptionalLong integer(String key, long min, long max, String example) {
        Object v = values.get(key);
        if (v == null) {
            return OptionalLong.empty();
        }
        if (!(v instanceof Long n)) {
            problem(key, key + " must be a whole number, not " + describe(v) + " (e.g. " + key + " = " + example + ")");
            return OptionalLong.empty();
        }
        if (n < min || n > max) {
            problem(key, key + " = " + n + " is out of range: it must be from " + Plain.format("%,d", min)
                    + " to " + Plain.format("%,d", max));
            return OptionalLong.empty();
        }
        return OptionalLong.of(n);
    }

    OptionalDouble number(String key, double min, double max, String example) {
        Object v = values.get(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        if (!(v instanceof Long) && !(v instanceof Double)) {
            problem(key, key + " must be a number, not " + describe(v) + " (e.g. " + key + " = " + example + ")");
            return OptionalDouble.empty();
        }
        double d = ((Number) v).doubleValue();
        if (!(d >= min && d <= max)) {
            problem(key, key + " = " + v + " is out of range: it must be from " + trim(min) + " to " + trim(max));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(d);
    }

    Optional<Boolean> bool(String key) {
        Object v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        problem(key, key + " must be true or false, not " + describe(v));
        return Optional.empty();
    }

    /** A positive duration such as "5ms", at most {@code max}. */
    Optional<Duration> duration(String key, Duration max) {
        Object v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String s)) {
            String example = v instanceof Long n ? "\"" + n + "ms\"" : "\"5ms\"";
            problem(key, key + " must be a duration in quotes with a unit, not " + describe(v)
                    + "; did you mean " + key + " = " + example + "?");
            return Optional.empty();
        }
        return duration(key, s, max, key + " = \"" + s + "\"");
    }

    /** Reads {@code text} as a duration for {@code key}; {@code written} is how messages show it. */
    Optional<Duration> duration(String key, String text, Duration max, String written) {
        if (text.strip().startsWith("-")) {
            problem(key, written + ": a duration cannot be negative");
            return Optional.empty();
        }
        Optional<Duration> d = Durations.parse(text);
        if (d.isEmpty()) {
            String unit = text.strip().matches("\\d+(\\.\\d+)?") ? "; did you mean \"" + text.strip()
                    + (key.equals("time_limit") ? "s" : "ms") + "\"?" : unitSuggestion(text);
            problem(key, written + " is not a duration: write a number and a unit (ns, us, ms, s, m), e.g. \"250us\", \"5ms\", \"1.5s\""
                    + unit);
            return Optional.empty();
        }
        if (d.get().isZero()) {
            problem(key, written + ": the duration must be more than 0");
            return Optional.empty();
        }
        if (d.get().compareTo(max) > 0) {
            problem(key, written + " is too long: at most " + Durations.format(max));
            return Optional.empty();
        }
        return d;
    }

    private static String unitSuggestion(String text) {
        Matcher m = NUMBER_AND_WORD.matcher(text.strip());
        String unit = m.matches() ? UNIT_WORDS.get(m.group(2).toLowerCase(java.util.Locale.ROOT)) : null;
        return unit == null ? "" : "; did you mean \"" + m.group(1) + unit + "\"?";
    }

    /** An array, or empty (with a problem when it is something else). */
    Optional<List<?>> array(String key, String example) {
        Object v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof List<?> list) {
            return Optional.of(list);
        }
        problem(key, key + " must be an array [ ... ], not " + describe(v) + " (e.g. " + key + " = " + example + ")");
        return Optional.empty();
    }

    /** A sub-table, or empty (with a problem when it is something else). */
    Optional<TomlTable> table(String key, String tableName, String example) {
        Object v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map<?, ?> map) {
            return Optional.of(new TomlTable(sink, pathOf(key), tableName, cast(map)));
        }
        problem(key, key + " must be a table, not " + describe(v) + " (e.g. " + example + ")");
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    static String describe(Object v) {
        return switch (v) {
            case String s -> "the text \"" + (s.length() > 30 ? s.substring(0, 30) + "..." : s) + "\"";
            case Long n -> "the number " + n;
            case Double d -> "the number " + d;
            case Boolean b -> b.toString();
            case List<?> l -> "an array";
            case Map<?, ?> m -> "a table";
            default -> "a date";
        };
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** TOML4J keeps the quotes of a quoted key ("a" = 1): strip them so "a" and a are the same key. */
    static Object unquoteKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = (String) k;
                if (key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"))) {
                    key = key.substring(1, key.length() - 1);
                }
                out.put(key, unquoteKeys(v));
            });
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TomlTable::unquoteKeys).toList();
        }
        return value;
    }
}
