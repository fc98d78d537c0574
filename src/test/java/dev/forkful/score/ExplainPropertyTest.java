package dev.forkful.score;

import static dev.forkful.score.Levels.level;
import static dev.forkful.score.Levels.plan;
import static dev.forkful.score.Levels.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.engine.EngineEvent;
import dev.forkful.level.Arrival;
import dev.forkful.level.Fault;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Recipe;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Generates many seeded runs (a random one-task level, plan, machine and event stream fed to a real
 * {@link Scorer}) and checks that no sentence of {@link Explain} contradicts the figures it cites.
 */
class ExplainPropertyTest {
    private static final long MS = 1_000_000;
    private static final int RUNS = 3000;
    private static final Pattern CORES_USED = Pattern.compile("used (?:on average )?([0-9.]+) cores");
    private static final Pattern OVERHEAD = Pattern.compile("the other ([0-9.]+) cores went to the runtime");
    private static final Pattern CORES_OF_WORK = Pattern.compile("([0-9.]+) cores? of work");
    private static final Pattern SERVED = Pattern.compile("([0-9,]+) served");
    private static final Pattern OTHERS = Pattern.compile("the other ([0-9,]+) chefs? cooked on");

    @Test
    void noSentenceContradictsItsFigures() {
        for (long seed = 0; seed < RUNS; seed++) {
            Generated g = generate(new Random(seed));
            Score.TaskScore ts = g.score.tasks().getFirst();
            Score.Figures f = ts.figures();
            Cores cores = Cores.of(f, Recipe.of(g.task), g.score.cores());
            long stuck = f.freezes().stream().filter(fr -> !fr.killed()).count();
            long units = ts.model() == Model.VIRTUAL ? Math.max(1, f.virtualThreads()) : ts.workers();
            List<Explain.Reason> reasons = Explain.reasons(g.score, g.level);
            for (Explain.Reason r : reasons) {
                String text = r.text();
                String where = "seed " + seed + ", " + ts.spec() + " on " + g.score.cores() + " cores, gil "
                        + g.level.kitchen().gil() + ": " + text;
                assertThat(r.row()).as(where).isNotNull();
                assertThat(r.task() == null).as(where).isEqualTo(r.row() == Row.STARS);
                assertThat(text).as(where).doesNotContain("other programs", "NaN", "null", "Infinity");
                if (text.contains("beat one core")) {
                    assertThat(Double.isNaN(cores.used()) ? cores.work() : cores.used()).as(where).isLessThanOrEqualTo(1.0);
                }
                if (text.contains("took turns")) {
                    assertThat(units).as(where).isGreaterThan(1);
                }
                if (text.contains("side by side")) {
                    assertThat(units).as(where).isGreaterThan(1);
                    assertThat(cores.work()).as(where).isGreaterThan(1.2);
                    assertThat(ts.model()).as(where).isNotEqualTo(Model.COROUTINE);
                }
                if (text.contains("one dish at a time")) {
                    assertThat(ts.model() == Model.COROUTINE || units == 1).as(where).isTrue();
                }
                if (text.contains("the GIL") || text.contains("global lock")) {
                    assertThat(g.level.kitchen().gil()).as(where).isTrue();
                }
                if (ts.model() == Model.VIRTUAL) {
                    assertThat(text).as(where).doesNotContain("coroutine");
                }
                if (ts.model() == Model.COROUTINE) {
                    assertThat(text).as(where).doesNotContain("virtual thread", "chefs");
                }
                figure(CORES_USED, text).ifPresent(x -> assertThat(x).as(where).isEqualTo(Show.decimal(cores.used())));
                figure(CORES_OF_WORK, text).ifPresent(x -> assertThat(x).as(where).isEqualTo(Show.decimal(cores.work())));
                figure(OVERHEAD, text).ifPresent(x -> assertThat(x).as(where).isEqualTo(Show.decimal(cores.used() - cores.work())));
                figure(SERVED, text).ifPresent(x -> assertThat(x).as(where).isEqualTo(Show.count(f.served())));
                figure(OTHERS, text).ifPresent(x -> assertThat(Long.parseLong(x)).as(where).isEqualTo(units - stuck)
                        .isPositive());
                assertThat(repeatedClause(text)).as(where).isEmpty();
            }
            blockingThatExplainsTheWallIsSaid(g, f, reasons);
        }
    }

    /** A loop's blocked time, or carriers pinned by blocking calls, that took a good part of the wall time is explained. */
    private static void blockingThatExplainsTheWallIsSaid(Generated g, Score.Figures f, List<Explain.Reason> reasons) {
        Model model = g.score.tasks().getFirst().model();
        double share = f.wallMs() == 0 ? 0 : (double) f.blockedMs() / f.wallMs();
        boolean explains = model == Model.COROUTINE && share >= 0.25 || model == Model.VIRTUAL && share >= 0.25 * g.score.cores();
        if (explains) {
            assertThat(reasons).as("%s: %d ms blocked in %d ms", model, f.blockedMs(), f.wallMs())
                    .anyMatch(r -> r.row() == Row.BLOCK && r.text().contains(Show.millis(f.blockedMs())));
        }
    }

    private static Optional<String> figure(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A clause of three words or more that the sentence says twice, as in "a step never yielded): a step never yielded". */
    private static Optional<String> repeatedClause(String text) {
        List<String> clauses = Arrays.stream(text.split("[;:,()]|\\. ")).map(String::strip)
                .filter(c -> c.split(" ").length >= 3).toList();
        return clauses.stream().filter(c -> clauses.indexOf(c) != clauses.lastIndexOf(c)).findFirst();
    }

    private record Generated(Level level, Task task, Score score) {}

    private static Generated generate(Random rnd) {
        List<Step> steps = new ArrayList<>();
        if (rnd.nextBoolean()) {
            steps.add(step("chop", new Step.Action.Cpu(ms(1 + rnd.nextInt(30))), rnd));
        }
        if (rnd.nextInt(3) == 0) {
            steps.add(step("plate", new Step.Action.Cpu(ms(1 + rnd.nextInt(10))), rnd));
        }
        if (rnd.nextBoolean()) {
            steps.add(step("simmer", new Step.Action.Wait(ms(1 + rnd.nextInt(200))), rnd));
        }
        if (rnd.nextInt(3) == 0) {
            steps.add(step("reheat", new Step.Action.Block(ms(1 + rnd.nextInt(150))), rnd));
        }
        if (rnd.nextInt(3) == 0 || steps.isEmpty()) {
            steps.add(step("salt", new Step.Action.Fridge("salt", 1), rnd));
        }
        int orders = 1 + rnd.nextInt(60);
        Arrival arrive = rnd.nextBoolean() ? Arrival.ALL : new Arrival(ms(1 + rnd.nextInt(40)));
        Task task = new Task("soup", "soup", orders, arrive, Levels.ALL, 8, steps);
        Level level = level(rnd.nextInt(3) == 0, List.of(rule("one", 0.5, null, null, null),
                rule("two", 1.0, 3.0, null, null), rule("three", 1.0, 1.5, 0, 0)), task);
        Model model = Model.values()[rnd.nextInt(Model.values().length)];
        int workers = model.takesWorkerCount() ? 1 + rnd.nextInt(8) : 1;
        int cores = 1 + rnd.nextInt(8);
        Scorer scorer = new Scorer(level, plan("soup", model, workers, rnd.nextBoolean()), cores);
        events(rnd, model, workers, cores, orders).forEach(scorer::on);
        return new Generated(level, task, scorer.score());
    }

    private static List<EngineEvent> events(Random rnd, Model model, int workers, int cores, int orders) {
        List<EngineEvent> e = new ArrayList<>();
        long wallMs = 1 + rnd.nextInt(3000);
        int kitchens = model == Model.PROCESS ? workers : 1;
        for (int k = 0; k < kitchens; k++) {
            e.add(new EngineEvent.KitchenStarted(0, "soup", k, model, 100 + k, model == Model.THREAD ? workers : 1));
        }
        for (int i = 0; i < orders; i++) {
            e.add(new EngineEvent.OrdersArrived(0, "soup", i, 1));
        }
        for (int k = 0; k < kitchens; k++) {
            long cpu = rnd.nextInt(4) == 0 ? 0 : (long) (rnd.nextDouble() * wallMs * MS * cores / kitchens);
            long blocked = rnd.nextBoolean() ? 0 : (long) (rnd.nextDouble() * wallMs * MS * Math.min(cores, 2));
            int units = model == Model.COROUTINE || model == Model.VIRTUAL ? rnd.nextInt(orders + 1) : 0;
            e.add(new EngineEvent.Stats(wallMs * MS / 2, "soup", k, 100 + k, (30 + rnd.nextInt(30)) * 1024L * 1024, 16L << 20,
                    cpu, 18 + workers, units, blocked));
        }
        int stuck = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(Math.max(1, Math.min(workers + 1, orders))) : 0;
        for (int s = 0; s < stuck && model != Model.COROUTINE; s++) {
            e.add(new EngineEvent.Freeze(wallMs * MS / 3, "soup", model, 0, 1000 + s, "chef " + s + " stuck on step 'chop' of "
                    + "order " + s + " for " + (1000 + s) + " ms; the other chefs go on", false));
        }
        if (rnd.nextInt(6) == 0) {
            e.add(new EngineEvent.Freeze(wallMs * MS / 2, "soup", model, 0, 1200, "no heartbeat from the event loop for 1200 ms "
                    + "while 3 orders waited: a step never yielded", true));
        }
        if (model == Model.COROUTINE && rnd.nextBoolean()) {
            e.add(new EngineEvent.Freeze(wallMs * MS / 4, "soup", model, 0, 150, "blocking call 'reheat' (150ms) held the "
                    + "event loop for 150ms", false));
        }
        if (rnd.nextInt(8) == 0) {
            e.add(new EngineEvent.Crash(wallMs * MS / 2, "soup", model, "segfault", 100, 134, 1 + rnd.nextInt(3)));
        }
        if (rnd.nextInt(4) == 0) {
            e.add(new EngineEvent.Race(wallMs * MS, "soup", "salt", orders, orders - rnd.nextInt(3)));
        }
        int served = rnd.nextInt(orders + 1);
        for (int i = 0; i < orders; i++) {
            long at = i < served ? (i + 1) * wallMs * MS / Math.max(1, served) : wallMs * MS;
            if (i < served) {
                e.add(EngineEvent.OrdersServed.one(at, "soup", 0, 0, i, at));
            } else {
                String[] reasons = {"exception in chop", "the chef froze", "time limit (20s)", "out of salt"};
                e.add(new EngineEvent.OrderLost(at, "soup", i, reasons[rnd.nextInt(reasons.length)]));
            }
        }
        e.add(new EngineEvent.Finished(wallMs * MS + 1));
        return e;
    }

    private static Step step(String name, Step.Action action, Random rnd) {
        Fault.Kind[] kinds = Fault.Kind.values();
        Optional<Fault> fault = rnd.nextInt(5) == 0 ? Optional.of(new Fault(kinds[rnd.nextInt(kinds.length)], 0.1)) : Optional.empty();
        return new Step(name, action, fault);
    }

    private static Duration ms(long n) {
        return Duration.ofMillis(n);
    }
}
