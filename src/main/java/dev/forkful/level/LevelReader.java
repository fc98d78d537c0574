package dev.forkful.level;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Maps a parsed level document to the records by hand, collecting every problem with its line: the
 * top-level keys, [kitchen] and [fridge] here, the tasks through {@link TaskReader} and the stars
 * through {@link StarsReader}; last, whether the level can be won in its time limit at all.
 */
final class LevelReader {
    static final int FORMAT = 1;
    private static final Set<String> TOP_KEYS = LevelText.keys("format", "id", "title", "chapter", "brief", "lesson",
            "hints", "kitchen", "fridge", "task", "stars");
    private static final Set<String> KITCHEN_KEYS = LevelText.keys("gil", "time_limit", "seed");
    /** The reference machine: a level must be winnable in time on it. */
    static final int REFERENCE_CORES = 2;

    private final TomlTable.Sink sink;
    private final Path source;
    private Duration timeLimit = Kitchen.DEFAULT_TIME_LIMIT;
    /** The time_limit as the file writes it, when it does. */
    private Optional<String> timeLimitWritten = Optional.empty();

    private LevelReader(TomlTable.Sink sink, Path source) {
        this.sink = sink;
        this.source = source;
    }

    /** The level, or empty when problems were added to the sink. */
    static Optional<Level> read(Map<String, Object> document, TomlTable.Sink sink, Path source) {
        int before = sink.problems().size();
        Level level = new LevelReader(sink, source).level(new TomlTable(sink, "", "the level", document));
        return sink.problems().size() == before ? Optional.of(level) : Optional.empty();
    }

    private Level level(TomlTable top) {
        top.rejectUnknownKeys(TOP_KEYS);
        if (!top.has("format")) {
            sink.problems().add(new LevelProblem(sink.file(), 1, "missing format = " + FORMAT + " (every level file starts with it)"));
        } else {
            top.integer("format", Long.MIN_VALUE, Long.MAX_VALUE, String.valueOf(FORMAT)).ifPresent(f -> {
                if (f != FORMAT) {
                    top.problem("format", "format = " + f + " is not a format this forkful reads; write format = " + FORMAT);
                }
            });
        }
        String id = top.require("id", "= \"...\" (lowercase letters, digits and -, e.g. id = \"lunch-rush\")")
                ? LevelText.checkedId(top, "id").orElse("") : "";
        String title = top.require("title", "= \"...\" (the name players see)")
                ? LevelText.nonBlank(top, "title", "\"Lunch Rush\"").orElse("") : "";
        int chapter = (int) top.integer("chapter", 0, LevelLimits.MAX_CHAPTER, "1").orElse(0);
        String brief = top.string("brief", "\"\"\"The story.\"\"\"").orElse("");
        String lesson = top.string("lesson", "\"\"\"What it teaches.\"\"\"").orElse("");
        List<String> hints = hints(top);
        Kitchen kitchen = top.table("kitchen", "[kitchen]", "[kitchen] with time_limit = \"30s\"")
                .map(this::kitchen).orElse(new Kitchen(false, Kitchen.DEFAULT_TIME_LIMIT, Kitchen.DEFAULT_SEED));
        timeLimit = kitchen.timeLimit();
        Map<String, Long> fridge = top.table("fridge", "[fridge]", "[fridge] with salt = 100").map(this::fridge).orElse(Map.of());
        List<Task> tasks = new TaskReader(sink, timeLimit, fridge).tasks(top);
        Stars stars = top.table("stars", "[stars]", "[stars] with one = { served = 0.5 }")
                .map(new StarsReader(fridge)::stars).orElse(defaultStars());
        Level level = new Level(source, id, title, chapter, brief, lesson, hints, kitchen, fridge, tasks, stars);
        if (sink.problems().isEmpty()) {
            checkWinnableInTime(level);
        }
        return level;
    }

    /** The ideal time is a bound no plan beats: past the time limit, no plan could serve every order. */
    private void checkWinnableInTime(Level level) {
        Duration ideal = IdealTime.of(level, REFERENCE_CORES);
        if (ideal.compareTo(timeLimit) <= 0) {
            return;
        }
        String needs = "even the best plan on " + REFERENCE_CORES + " cores needs at least "
                + Durations.format(Duration.ofMillis(ideal.plusNanos(999_999).toMillis()))
                + " (the level's ideal time), so no plan could serve every order in time";
        if (timeLimitWritten.isPresent()) {
            sink.add("kitchen.time_limit", "time_limit = \"" + timeLimitWritten.get() + "\" is too short: " + needs
                    + "; raise it or lighten the tasks");
        } else {
            sink.add("kitchen", "the default time_limit (" + Durations.format(timeLimit) + ") is too short: " + needs
                    + "; set time_limit in [kitchen] or lighten the tasks");
        }
    }

    private static List<String> hints(TomlTable top) {
        List<String> hints = new ArrayList<>();
        top.array("hints", "[\"first hint\", \"second hint\"]").ifPresent(list -> {
            if (list.size() > LevelLimits.MAX_HINTS) {
                top.problem("hints", "at most " + LevelLimits.MAX_HINTS + " hints");
            }
            for (Object h : list) {
                if (h instanceof String s && !s.isBlank()) {
                    hints.add(s);
                } else {
                    top.problem("hints", "each hint must be non-empty text in quotes, not " + TomlTable.describe(h));
                    return;
                }
            }
        });
        return hints;
    }

    private Kitchen kitchen(TomlTable k) {
        k.rejectUnknownKeys(KITCHEN_KEYS);
        boolean gil = k.bool("gil").orElse(false);
        Optional<Duration> written = k.duration("time_limit", LevelLimits.MAX_TIME_LIMIT);
        Duration limit = written.orElse(Kitchen.DEFAULT_TIME_LIMIT);
        timeLimitWritten = written.map(d -> (String) k.raw("time_limit"));
        long seed = k.integer("seed", 0, Long.MAX_VALUE, "7").orElse(Kitchen.DEFAULT_SEED);
        return new Kitchen(gil, limit, seed);
    }

    private Map<String, Long> fridge(TomlTable f) {
        Map<String, Long> stock = new LinkedHashMap<>();
        for (String ingredient : f.keys()) {
            f.integer(ingredient, 0, LevelLimits.MAX_FRIDGE_STOCK, "100").ifPresent(n -> stock.put(ingredient, n));
        }
        return stock;
    }
    /** Without [stars]: one star for half the orders, two for nine in ten, three for all with no crash or freeze. */
    static Stars defaultStars() {
        OptionalInt none = OptionalInt.empty();
        OptionalDouble noPar = OptionalDouble.empty();
        return new Stars(List.of(
                new Stars.Rule("one", OptionalDouble.of(0.5), noPar, none, none, OptionalLong.empty()),
                new Stars.Rule("two", OptionalDouble.of(0.9), noPar, none, none, OptionalLong.empty()),
                new Stars.Rule("three", OptionalDouble.of(1.0), noPar, OptionalInt.of(0), OptionalInt.of(0), OptionalLong.empty())));
    }
}
