package dev.forkful.level;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a parsed level document to the records by hand, collecting every problem with its line. */
final class LevelReader {
    static final int FORMAT = 1;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP_KEYS = keys("format", "id", "title", "chapter", "brief", "lesson", "hints",
            "kitchen", "fridge", "task", "stars");
    private static final Set<String> KITCHEN_KEYS = keys("gil", "time_limit", "seed");
    private static final Set<String> TASK_KEYS = keys("id", "name", "orders", "arrive", "models", "max_workers", "steps");
    private static final Set<String> ACTIONS = keys("cpu", "wait", "block", "fridge");
    private static final Set<String> STEP_KEYS = keys("do", "cpu", "wait", "block", "fridge", "take", "fault", "chance");
    private static final Set<String> STAR_NAMES = keys("one", "two", "three");
    private static final Set<String> STAR_KEYS = keys("served", "par", "crashes", "freezes", "races");
    private static final double MAX_PAR = 100;
    /** The reference machine: a level must be winnable in time on it. */
    private static final int REFERENCE_CORES = 2;
    private static final Pattern EVERY_WITHOUT_SPACE = Pattern.compile("([a-z]+)\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zµ]*)");

    private final TomlTable.Sink sink;
    private final Path source;
    private Duration timeLimit = Kitchen.DEFAULT_TIME_LIMIT;
    /** The time_limit as the file writes it, when it does. */
    private Optional<String> timeLimitWritten = Optional.empty();
    private Map<String, Long> fridge = Map.of();

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
                ? checkedId(top, "id").orElse("") : "";
        String title = top.require("title", "= \"...\" (the name players see)")
                ? nonBlank(top, "title", "\"Lunch Rush\"").orElse("") : "";
        int chapter = (int) top.integer("chapter", 0, LevelLimits.MAX_CHAPTER, "1").orElse(0);
        String brief = top.string("brief", "\"\"\"The story.\"\"\"").orElse("");
        String lesson = top.string("lesson", "\"\"\"What it teaches.\"\"\"").orElse("");
        List<String> hints = hints(top);
        Kitchen kitchen = top.table("kitchen", "[kitchen]", "[kitchen] with time_limit = \"30s\"")
                .map(this::kitchen).orElse(new Kitchen(false, Kitchen.DEFAULT_TIME_LIMIT, Kitchen.DEFAULT_SEED));
        timeLimit = kitchen.timeLimit();
        fridge = top.table("fridge", "[fridge]", "[fridge] with salt = 100").map(this::fridge).orElse(Map.of());
        List<Task> tasks = tasks(top);
        Stars stars = top.table("stars", "[stars]", "[stars] with one = { served = 0.5 }")
                .map(this::stars).orElse(defaultStars());
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

    private static Optional<String> checkedId(TomlTable t, String key) {
        Optional<String> id = t.string(key, "\"lunch-rush\"");
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            String slug = id.get().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            t.problem(key, key + " \"" + id.get() + "\" may only use a-z, 0-9 and single dashes"
                    + (slug.isEmpty() ? "" : "; did you mean \"" + slug + "\"?"));
            return Optional.empty();
        }
        return id;
    }

    private static Optional<String> nonBlank(TomlTable t, String key, String example) {
        Optional<String> s = t.string(key, example);
        if (s.isPresent() && s.get().isBlank()) {
            t.problem(key, key + " cannot be empty");
            return Optional.empty();
        }
        return s;
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

    private List<Task> tasks(TomlTable top) {
        List<Task> tasks = new ArrayList<>();
        if (!top.has("task")) {
            if (top.misspelt("task")) {
                return tasks;
            }
            sink.problems().add(new LevelProblem(sink.file(), 1,
                    "no [[task]]: a level needs at least one task (see levels/README.md)"));
            return tasks;
        }
        if (top.raw("task") instanceof Map<?, ?>) {
            top.problem("task", "write [[task]] with two brackets on each side: a level holds a list of tasks");
            return tasks;
        }
        Optional<List<?>> list = top.array("task", "[[task]]");
        if (list.isEmpty()) {
            return tasks;
        }
        if (list.get().size() > LevelLimits.MAX_TASKS) {
            sink.add("task[" + LevelLimits.MAX_TASKS + "]", "task number " + (LevelLimits.MAX_TASKS + 1)
                    + " is one too many: at most " + LevelLimits.MAX_TASKS + " tasks per level (this file has "
                    + list.get().size() + ")");
            return tasks;
        }
        Map<String, Integer> idLines = new HashMap<>();
        long totalOrders = 0;
        for (int i = 0; i < list.get().size(); i++) {
            String path = "task[" + i + "]";
            if (!(list.get().get(i) instanceof Map<?, ?> map)) {
                sink.add(path, "each task must be a [[task]] table");
                continue;
            }
            TomlTable t = new TomlTable(sink, path, "[[task]] number " + (i + 1), TomlTable.cast(map));
            Optional<Task> task = task(t);
            if (t.has("id") && map.get("id") instanceof String id) {
                Integer first = idLines.putIfAbsent(id, t.lineOf("id"));
                if (first != null) {
                    t.problem("id", "task id \"" + id + "\" is used twice (first on line " + first + ")");
                }
            }
            if (task.isPresent()) {
                totalOrders += task.get().orders();
                if (totalOrders > LevelLimits.MAX_ORDERS) {
                    t.problem("orders", String.format("the tasks so far order %,d dishes, over the cap of %,d per level",
                            totalOrders, LevelLimits.MAX_ORDERS));
                    totalOrders = Long.MIN_VALUE / 2; // report the cap once
                }
                tasks.add(task.get());
            }
        }
        return tasks;
    }

    private Optional<Task> task(TomlTable t) {
        TomlTable task = t.raw("id") instanceof String written && ID.matcher(written).matches()
                ? t.renamed("task \"" + written + "\"") : t;
        task.rejectUnknownKeys(TASK_KEYS);
        Optional<String> id = task.require("id", "= \"...\" (e.g. id = \"soup\")") ? checkedId(task, "id") : Optional.empty();
        String name = nonBlank(task, "name", "\"Tomato soup\"").orElse(id.orElse(""));
        OptionalLong orders = task.require("orders", "= ... (how many dishes to cook, e.g. orders = 20)")
                ? task.integer("orders", 1, LevelLimits.MAX_ORDERS, "20") : OptionalLong.empty();
        Arrival arrive = task.string("arrive", "\"all\"").flatMap(a -> arrival(task, a)).orElse(Arrival.ALL);
        List<Model> models = models(task);
        int maxWorkers = maxWorkers(task, models);
        List<Step> steps = task.require("steps", "= [ { do = \"chop\", cpu = \"5ms\" } ] (what each order goes through)")
                ? steps(task) : List.of();
        if (id.isEmpty() || orders.isEmpty() || steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Task(id.get(), name, (int) orders.getAsLong(), arrive, models, maxWorkers, steps));
    }

    private Optional<Arrival> arrival(TomlTable t, String text) {
        String a = text.strip();
        if (a.equals("all")) {
            return Optional.of(Arrival.ALL);
        }
        if (a.equals("every")) {
            t.problem("arrive", "arrive = \"every\" needs the gap between orders, e.g. arrive = \"every 20ms\"");
            return Optional.empty();
        }
        if (a.startsWith("every ")) {
            return t.duration("arrive", a.substring(6), timeLimit, "arrive = \"" + text + "\"").map(Arrival::new);
        }
        t.problem("arrive", "arrive must be \"all\" or \"every <duration>\" (e.g. \"every 20ms\"), not \"" + text + "\""
                + everySuggestion(a).orElse(Suggest.didYouMean(a, List.of("all", "every"))));
        return Optional.empty();
    }

    /** {@code "every20"}, {@code "evry 20 ms"}: a gap written almost right, as {@code ; did you mean "every 20ms"?}. */
    private static Optional<String> everySuggestion(String arrive) {
        Matcher m = EVERY_WITHOUT_SPACE.matcher(arrive.toLowerCase(Locale.ROOT));
        if (!m.matches() || Suggest.closest(m.group(1), List.of("every")).isEmpty()) {
            return Optional.empty();
        }
        String gap = m.group(2) + (m.group(3).isEmpty() ? "ms" : m.group(3));
        return Durations.parse(gap).map(d -> "; did you mean \"every " + gap + "\"?");
    }

    private static List<Model> models(TomlTable t) {
        List<String> known = Arrays.stream(Model.values()).map(Model::id).toList();
        Optional<List<?>> list = t.array("models", "[\"process\", \"thread\", \"coroutine\"]");
        if (list.isEmpty()) {
            return List.of(Model.values());
        }
        if (list.get().isEmpty()) {
            t.problem("models", "models cannot be empty: leave it out to allow all of " + String.join(", ", known));
            return List.of(Model.values());
        }
        Set<Model> models = new LinkedHashSet<>();
        for (Object m : list.get()) {
            if (!(m instanceof String s)) {
                t.problem("models", "models must list names in quotes, not " + TomlTable.describe(m));
                return List.of(Model.values());
            }
            Optional<Model> model = Model.byId(s);
            if (model.isEmpty()) {
                t.problem("models", "unknown model \"" + s + "\"" + Suggest.didYouMean(s, known)
                        + " (models: " + String.join(", ", known) + ")");
            } else if (!models.add(model.get())) {
                t.problem("models", "model \"" + s + "\" is listed twice");
            }
        }
        return models.isEmpty() ? List.of(Model.values()) : List.copyOf(models);
    }

    /** The allowed model with the lowest cap sets the range: 64 as soon as process chefs are allowed. */
    private static int maxWorkers(TomlTable t, List<Model> models) {
        OptionalLong n = t.integer("max_workers", Long.MIN_VALUE, Long.MAX_VALUE, "8");
        if (n.isEmpty()) {
            return Task.DEFAULT_MAX_WORKERS;
        }
        Model tightest = models.stream().min(Comparator.comparingInt(LevelLimits::maxWorkers)).orElseThrow();
        int cap = LevelLimits.maxWorkers(tightest);
        if (n.getAsLong() < 1) {
            t.problem("max_workers", String.format("max_workers = %d is out of range: it must be from 1 to %,d (the cap "
                    + "for \"%s\")", n.getAsLong(), cap, tightest.id()));
            return Task.DEFAULT_MAX_WORKERS;
        }
        if (n.getAsLong() > cap) {
            t.problem("max_workers", String.format("max_workers = %,d is over the cap of %,d for \"%s\"; lower it, "
                    + "or leave \"%s\" out of models", n.getAsLong(), cap, tightest.id(), tightest.id()));
            return Task.DEFAULT_MAX_WORKERS;
        }
        return (int) n.getAsLong();
    }

    private List<Step> steps(TomlTable task) {
        Optional<List<?>> list = task.array("steps", "[ { do = \"chop\", cpu = \"5ms\" } ]");
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.get().isEmpty()) {
            task.problem("steps", task.name() + " has no steps: give it at least one, e.g. { do = \"chop\", cpu = \"5ms\" }");
            return List.of();
        }
        if (list.get().size() > LevelLimits.MAX_STEPS) {
            task.problem("steps", "at most " + LevelLimits.MAX_STEPS + " steps per task");
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        boolean allRead = true;
        for (int j = 0; j < list.get().size(); j++) {
            String path = task.pathOf("steps") + "[" + j + "]";
            if (!(list.get().get(j) instanceof Map<?, ?> map)) {
                sink.add(path, "each step is an inline table, e.g. { do = \"chop\", cpu = \"5ms\" }, not "
                        + TomlTable.describe(list.get().get(j)));
                allRead = false;
                continue;
            }
            Map<String, Object> values = TomlTable.cast(map);
            String label = values.get("do") instanceof String name ? "step \"" + name + "\"" : "step " + (j + 1);
            Optional<Step> step = step(new TomlTable(sink, path, label + " of " + task.name(), values), label);
            step.ifPresent(steps::add);
            allRead &= step.isPresent();
        }
        return allRead ? steps : List.of();
    }

    private Optional<Step> step(TomlTable s, String label) {
        s.rejectUnknownKeys(STEP_KEYS);
        Optional<String> name = s.require("do", "= \"...\" (its name, e.g. do = \"chop\")")
                ? nonBlank(s, "do", "\"chop\"") : Optional.empty();
        List<String> actions = s.keys().stream().filter(ACTIONS::contains).toList();
        Optional<Step.Action> action = Optional.empty();
        if (actions.isEmpty()) {
            if (ACTIONS.stream().noneMatch(s::misspelt)) {
                s.problem(null, label + " does nothing: give it one of cpu, wait, block or fridge");
            }
        } else if (actions.size() > 1) {
            s.problem(null, label + " does " + actions.size() + " things (" + String.join(" and ", actions)
                    + "); a step does exactly one: split it into " + actions.size() + " steps");
        } else {
            action = action(s, actions.get(0));
        }
        if (s.has("take") && !s.has("fridge")) {
            s.problem("take", "take needs fridge = \"<ingredient>\" in the same step");
        }
        Optional<Fault> fault = fault(s);
        if (name.isEmpty() || action.isEmpty() || s.has("chance") && fault.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step(name.get(), action.get(), fault));
    }

    private Optional<Step.Action> action(TomlTable s, String kind) {
        if (kind.equals("fridge")) {
            Optional<String> ingredient = s.string("fridge", "\"salt\"");
            long take = s.integer("take", 1, LevelLimits.MAX_FRIDGE_STOCK, "1").orElse(1);
            if (ingredient.isPresent() && !fridge.containsKey(ingredient.get())) {
                s.problem("fridge", fridge.isEmpty()
                        ? "fridge = \"" + ingredient.get() + "\" but the level has no [fridge]; add one with "
                                + ingredient.get() + " = <stock>"
                        : "the [fridge] has no \"" + ingredient.get() + "\"" + Suggest.didYouMean(ingredient.get(), fridge.keySet())
                                + " (it has " + String.join(", ", fridge.keySet()) + ")");
                return Optional.empty();
            }
            if (ingredient.isPresent() && take > fridge.get(ingredient.get())) {
                s.problem(s.has("take") ? "take" : "fridge", String.format("the step takes %,d %s but the [fridge] holds "
                        + "only %,d in all: it could never succeed; raise the stock or lower take", take, ingredient.get(),
                        fridge.get(ingredient.get())));
                return Optional.empty();
            }
            return ingredient.map(i -> new Step.Action.Fridge(i, take));
        }
        Optional<Duration> time = s.duration(kind, LevelLimits.MAX_TIME_LIMIT);
        if (time.isPresent() && time.get().compareTo(timeLimit) >= 0) {
            s.problem(kind, kind + " = \"" + s.raw(kind) + "\" is not shorter than the time_limit ("
                    + Durations.format(timeLimit) + "): no order could finish");
            return Optional.empty();
        }
        return time.map(d -> switch (kind) {
            case "cpu" -> new Step.Action.Cpu(d);
            case "wait" -> new Step.Action.Wait(d);
            default -> new Step.Action.Block(d);
        });
    }

    private static Optional<Fault> fault(TomlTable s) {
        OptionalDouble chance = s.number("chance", 0, 1, "0.1");
        if (!s.has("fault")) {
            if (s.has("chance")) {
                s.problem("chance", "chance needs a fault = \"...\" in the same step (exception, segfault or freeze)");
            }
            return Optional.empty();
        }
        List<String> kinds = Arrays.stream(Fault.Kind.values()).map(Fault.Kind::id).toList();
        return s.string("fault", "\"exception\"").flatMap(f -> {
            Optional<Fault.Kind> kind = Arrays.stream(Fault.Kind.values()).filter(k -> k.id().equals(f)).findFirst();
            if (kind.isEmpty()) {
                s.problem("fault", "unknown fault \"" + f + "\"" + Suggest.didYouMean(f, kinds)
                        + " (faults: " + String.join(", ", kinds) + ")");
                return Optional.empty();
            }
            if (s.has("chance") && chance.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Fault(kind.get(), chance.orElse(1.0)));
        });
    }

    private Stars stars(TomlTable stars) {
        stars.rejectUnknownKeys(STAR_NAMES);
        List<Stars.Rule> rules = new ArrayList<>();
        List<TomlTable> tables = new ArrayList<>();
        for (String name : STAR_NAMES) {
            stars.table(name, "star \"" + name + "\"", name + " = { served = 0.9 }").ifPresent(t -> {
                t.rejectUnknownKeys(STAR_KEYS);
                if (t.keys().isEmpty()) {
                    stars.problem(name, "star \"" + name + "\" has no condition: give it served, par, crashes, freezes or races");
                }
                OptionalDouble served = t.number("served", 0, 1, "0.9");
                OptionalDouble par = t.number("par", 1, MAX_PAR, "1.5");
                OptionalInt crashes = toInt(t.integer("crashes", 0, LevelLimits.MAX_ORDERS, "0"));
                OptionalInt freezes = toInt(t.integer("freezes", 0, LevelLimits.MAX_ORDERS, "0"));
                OptionalLong races = t.integer("races", 0, LevelLimits.MAX_FRIDGE_STOCK, "0");
                if (races.isPresent() && fridge.isEmpty()) {
                    t.problem("races", "races = " + races.getAsLong() + " but the level has no [fridge]: lost updates "
                            + "happen only at a shared fridge, so this condition could never fail");
                }
                Stars.Rule rule = new Stars.Rule(name, served, par, crashes, freezes, races);
                for (int i = 0; i < rules.size(); i++) {
                    checkNotEasier(t, rule, tables.get(i), rules.get(i));
                }
                rules.add(rule);
                tables.add(t);
            });
        }
        return new Stars(rules);
    }

    /** Stars are cumulative: a later star that is easier in a condition both set would be a star for nothing. */
    private static void checkNotEasier(TomlTable later, Stars.Rule rule, TomlTable earlier, Stars.Rule before) {
        for (StarCondition c : StarCondition.values()) {
            OptionalDouble now = c.of(rule);
            OptionalDouble then = c.of(before);
            if (now.isPresent() && then.isPresent() && c.easier(now.getAsDouble(), then.getAsDouble())) {
                later.problem(c.key(), String.format("star \"%s\" is easier than star \"%s\" (line %d): %s = %s %s its %s; "
                        + "a later star must be at least as hard in every condition both set", rule.name(), before.name(),
                        earlier.lineOf(c.key()), c.key(), later.raw(c.key()), c.moreIsHarder ? "is below" : "is above",
                        earlier.raw(c.key())));
            }
        }
    }

    /** A star condition, and which way makes it harder: more served, but a lower par and fewer crashes. */
    private enum StarCondition {
        SERVED(true), PAR(false), CRASHES(false), FREEZES(false), RACES(false);

        private final boolean moreIsHarder;

        StarCondition(boolean moreIsHarder) {
            this.moreIsHarder = moreIsHarder;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean easier(double later, double earlier) {
            return moreIsHarder ? later < earlier : later > earlier;
        }

        OptionalDouble of(Stars.Rule r) {
            return switch (this) {
                case SERVED -> r.served();
                case PAR -> r.par();
                case CRASHES -> asDouble(r.crashes().isPresent(), r.crashes().orElse(0));
                case FREEZES -> asDouble(r.freezes().isPresent(), r.freezes().orElse(0));
                case RACES -> asDouble(r.races().isPresent(), r.races().orElse(0));
            };
        }

        private static OptionalDouble asDouble(boolean present, long value) {
            return present ? OptionalDouble.of(value) : OptionalDouble.empty();
        }
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

    private static OptionalInt toInt(OptionalLong n) {
        return n.isPresent() ? OptionalInt.of((int) n.getAsLong()) : OptionalInt.empty();
    }

    private static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(Arrays.asList(keys));
    }
}
