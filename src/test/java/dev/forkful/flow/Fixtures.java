package dev.forkful.flow;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.EngineEvent.*;
import dev.forkful.engine.Plan;
import dev.forkful.level.Arrival;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Fault;
import dev.forkful.level.Kitchen;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Stars;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import dev.forkful.save.Progress;
import dev.forkful.score.Explain;
import dev.forkful.score.Score;
import dev.forkful.score.Scorer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Levels, plans, engine event sequences and scores built by hand, for flow and screen tests. */
public final class Fixtures {
    private Fixtures() {
    }

    private static final long MS = 1_000_000L;

    public static final Stars STARS = new Stars(List.of(
            new Stars.Rule("one", OptionalDouble.of(0.5), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty()),
            new Stars.Rule("two", OptionalDouble.of(0.9), OptionalDouble.of(2.0), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty()),
            new Stars.Rule("three", OptionalDouble.of(1.0), OptionalDouble.of(1.2), OptionalInt.of(0), OptionalInt.of(0), OptionalLong.empty())));

    private static Step cpu(String name, int ms) {
        return new Step(name, new Step.Action.Cpu(Duration.ofMillis(ms)), Optional.empty());
    }

    private static Step waiting(String name, int ms) {
        return new Step(name, new Step.Action.Wait(Duration.ofMillis(ms)), Optional.empty());
    }

    public static final Level LUNCH = new Level(Path.of("lunch-rush.toml"), "lunch-rush", "Lunch Rush", 1,
            "Six bowls of soup at once. Each bowl needs chopping, then a long simmer. One chef per bowl is slow:"
                    + " give the soup more chefs and watch the waits overlap.",
            "Waiting overlaps; chopping needs cores.",
            List.of("Simmering is waiting: a chef who waits could cook something else.", "Try 4 threads."),
            new Kitchen(false, Duration.ofSeconds(30), 7), Map.of(),
            List.of(new Task("soup", "Tomato soup", 6, Arrival.ALL, List.of(Model.THREAD, Model.PROCESS, Model.COROUTINE),
                    8, List.of(cpu("chop", 5), waiting("simmer", 100)))),
            STARS);

    public static final Level FIRE = new Level(Path.of("house-fire.toml"), "house-fire", "House Fire", 2,
            "Flambé goes wrong now and then. Where does the fire spread?", "A fatal fault takes its whole process.",
            List.of("A process is a house of its own."),
            new Kitchen(false, Duration.ofSeconds(30), 3), Map.of("butter", 50L),
            List.of(new Task("flambe", "Crêpes flambées", 8, new Arrival(Duration.ofMillis(20)), List.of(Model.THREAD, Model.PROCESS),
                    4, List.of(cpu("batter", 2), new Step("flame", new Step.Action.Cpu(Duration.ofMillis(1)),
                            Optional.of(new Fault(Fault.Kind.SEGFAULT, 0.1))))),
                    new Task("sauce", "Butter sauce", 12, Arrival.ALL, List.of(Model.THREAD, Model.COROUTINE), 8,
                            List.of(new Step("butter", new Step.Action.Fridge("butter", 1), Optional.empty()), waiting("whisk", 30)))),
            STARS);

    public static final Level FRIDGE = new Level(Path.of("shared-fridge.toml"), "shared-fridge", "Shared Fridge", 3,
            "Every cook takes salt from one fridge.", "Shared memory needs a lock.", List.of(),
            new Kitchen(true, Duration.ofSeconds(30), 1), Map.of("salt", 400L),
            List.of(new Task("stew", "Stew", 100, Arrival.ALL, List.of(Model.THREAD, Model.COROUTINE), 8,
                    List.of(new Step("salt", new Step.Action.Fridge("salt", 1), Optional.empty())))),
            STARS);

    /** Three levels in one untitled chapter, as a folder without a campaign file. */
    public static final CampaignChapters CAMPAIGN = campaign(LUNCH, FIRE, FRIDGE);

    /** {@code levels} as one untitled chapter of the built-in campaign's progress. */
    public static CampaignChapters campaign(Level... levels) {
        return CampaignChapters.untitled(Optional.empty(), List.of(levels));
    }

    /** A level of twenty small tasks: more than the plan's table can show at 80x24. */
    public static final Level BUFFET = new Level(Path.of("buffet.toml"), "buffet", "Buffet", 4,
            "Twenty dishes, each its own task.", "A plan is a choice per task.", List.of("Waiting dishes share a loop."),
            new Kitchen(false, Duration.ofSeconds(30), 1), Map.of(),
            java.util.stream.IntStream.range(0, 20).mapToObj(i -> new Task("dish" + i, "Dish number " + i, 2 + i, Arrival.ALL,
                    List.of(Model.THREAD, Model.COROUTINE), 4, List.of(waiting("rest", 10 + i)))).toList(),
            STARS);

    /**
     * The lunch level with a lesson as a level file writes it: lines broken near 80 columns, two
     * paragraphs; too long for the results at 80x24, so the page must scroll.
     */
    public static final Level LONG_LUNCH = new Level(LUNCH.source(), LUNCH.id(), LUNCH.title(), LUNCH.chapter(), LUNCH.brief(),
            """
            Simmering is waiting, not working. A thread chef who waits for a pot is asleep:
            the machine is free, but that chef serves nobody until the pot is done, so you
            need as many thread chefs as pots to overlap them all.

            A coroutine never sleeps on a pot: it puts the pot on the stove, notes when to
            come back, and starts the next bowl. One coroutine chef on one thread keeps all
            the pots going at once, which is why event loops serve thousands of network
            requests with a single thread. Processes can overlap the waits too, but each
            one is a whole house.
            """,
            List.of("Simmering is waiting: a chef who waits could cook something else.", "Try 4 threads.",
                    "A coroutine waits for every pot at once."),
            LUNCH.kitchen(), LUNCH.fridge(), LUNCH.tasks(), STARS);

    public static final Plan LUNCH_DEFAULT = new Plan(Map.of("soup", new Assignment(Model.THREAD, 1, true)));

    public static GameState start() {
        return GameState.start(CAMPAIGN, Progress.EMPTY, Optional.empty());
    }

    /** A plausible run of the lunch level with {@code chefs} thread chefs: the six orders served in waves. */
    public static List<EngineEvent> lunchRun(int chefs) {
        List<EngineEvent> e = new ArrayList<>();
        e.add(new KitchenStarted(40 * MS, "soup", 0, Model.THREAD, 4242, chefs));
        for (int i = 0; i < 6; i++) {
            e.add(new OrdersArrived(41 * MS, "soup", i, 1));
        }
        long end = 0;
        for (int i = 0; i < 6; i++) {
            long t = 42 * MS + (i / chefs) * 106 * MS;
            int chef = i % chefs;
            e.add(new StepStarted(t, "soup", 0, chef, i, 0));
            e.add(new StepStarted(t + 5 * MS, "soup", 0, chef, i, 1));
            end = t + 106 * MS;
            e.add(OrdersServed.one(end, "soup", 0, chef, i, end - 41 * MS));
            e.add(new Stats(end, "soup", 0, 4242, 41L << 20, 23L << 20, (i + 1) * 6 * MS, 8 + chefs, 0, 0));
        }
        e.sort(java.util.Comparator.comparingLong(EngineEvent::atNanos));
        e.add(new KitchenDied(end + MS, "soup", 0, 4242, 0, false));
        e.add(new Finished(end + 2 * MS));
        return e;
    }

    public static List<EngineEvent> lunchRun() {
        return lunchRun(1);
    }

    /** What the real scorer and explanation make of a recorded run, on a machine with 2 cores. */
    public static FlowEvent.Scored scored(int run, Level level, Plan plan, List<EngineEvent> events) {
        Backend.Scoring scoring = Backend.Scoring.of(new Scorer(level, plan, 2), level);
        events.forEach(scoring::on);
        Score score = scoring.score();
        return new FlowEvent.Scored(run, score, Explain.lines(score, level), scoring.timeline());
    }

    /**
     * A busy moment of the fire level under {@code flambe=process:3 sauce=thread:3:nolock}: one house
     * burnt down, one frozen and killed, thread chefs cooking, a lost update in the fridge.
     */
    public static List<EngineEvent> busyKitchen() {
        List<EngineEvent> e = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            e.add(new KitchenStarted((150 + k) * MS, "flambe", k, Model.PROCESS, 5101 + k, 1));
        }
        e.add(new KitchenStarted(155 * MS, "sauce", 0, Model.THREAD, 5110, 3));
        for (int i = 0; i < 7; i++) {
            e.add(new OrdersArrived((160 + 20 * i) * MS, "flambe", i, 1));
        }
        for (int i = 0; i < 12; i++) {
            e.add(new OrdersArrived(156 * MS, "sauce", i, 1));
        }
        e.add(new StepStarted(161 * MS, "flambe", 0, 0, 0, 0));
        e.add(new StepStarted(181 * MS, "flambe", 1, 0, 1, 0));
        e.add(new StepStarted(201 * MS, "flambe", 2, 0, 2, 1));
        e.add(OrdersServed.one(210 * MS, "flambe", 1, 0, 1, 29 * MS));
        e.add(new StepStarted(211 * MS, "flambe", 1, 0, 3, 1));
        for (int c = 0; c < 3; c++) {
            e.add(new StepStarted((160 + c) * MS, "sauce", 0, c, c, 0));
            e.add(new StepStarted((170 + c) * MS, "sauce", 0, c, c, 1));
            e.add(OrdersServed.one((200 + c) * MS, "sauce", 0, c, c, 45 * MS));
            e.add(new StepStarted((201 + c) * MS, "sauce", 0, c, 3 + c, 0));
        }
        e.add(new Stats(220 * MS, "flambe", 1, 5102, 39L << 20, 22L << 20, 40 * MS, 14, 0, 0));
        e.add(new Stats(320 * MS, "flambe", 1, 5102, 40L << 20, 22L << 20, 95 * MS, 14, 0, 0));
        e.add(new Stats(320 * MS, "sauce", 0, 5110, 52L << 20, 33L << 20, 130 * MS, 17, 0, 0));
        e.add(new KitchenDied(330 * MS, "flambe", 0, 5101, 139, true));
        e.add(new Crash(330 * MS, "flambe", Model.PROCESS, "segfault", 5101, 139, 1));
        e.add(new OrderLost(331 * MS, "flambe", 0, "its house burnt down"));
        e.add(new Freeze(900 * MS, "flambe", Model.PROCESS, 2, 540, "no heartbeat", true));
        e.add(new KitchenDied(901 * MS, "flambe", 2, 5103, 137, true));
        e.add(new OrderLost(901 * MS, "flambe", 2, "its house froze"));
        e.add(new Race(910 * MS, "sauce", "butter", 12, 9));
        return e;
    }

    public static LiveKitchen fold(Level level, List<EngineEvent> events) {
        LiveKitchen live = LiveKitchen.start(level);
        for (EngineEvent e : events) {
            live = live.on(e);
        }
        return live;
    }
}
