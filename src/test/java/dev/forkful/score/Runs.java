package dev.forkful.score;

import static dev.forkful.score.Levels.ALL;
import static dev.forkful.score.Levels.block;
import static dev.forkful.score.Levels.cpu;
import static dev.forkful.score.Levels.level;
import static dev.forkful.score.Levels.rule;
import static dev.forkful.score.Levels.salt;
import static dev.forkful.score.Levels.task;
import static dev.forkful.score.Levels.waitStep;

import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.Plan;
import dev.forkful.level.Arrival;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import java.util.List;

/** Scripted event streams, fed to a real {@link Scorer}, for the tests of what reads a score. */
final class Runs {
    static final long MS = 1_000_000;

    /** soup: 8 orders of 10 ms chopping; stew: 4 orders that wait 100 ms, take salt and reheat (block) 20 ms. */
    static final Level KITCHEN = level(false,
            List.of(rule("one", 0.5, null, null, null), rule("two", 0.9, 2.0, null, null), rule("three", 1.0, 1.2, 0, 0)),
            task("soup", 8, Arrival.ALL, ALL, 8, cpu(10)),
            task("stew", 4, Arrival.ALL, ALL, 8, waitStep(100), salt(), block(20)));

    private Runs() {
    }

    /** Feeds the events to a scorer for {@link #KITCHEN} under {@code plan} on {@code cores} cores. */
    static Score score(Plan plan, int cores, List<EngineEvent> events) {
        Scorer scorer = new Scorer(KITCHEN, plan, cores);
        events.forEach(scorer::on);
        return scorer.score();
    }

    /** Arrives {@code n} orders of {@code task} at 0 and serves them at {@code servedMs}. */
    static void serve(List<EngineEvent> events, String task, int from, int to, long servedMs) {
        for (int i = from; i < to; i++) {
            events.add(new EngineEvent.OrdersArrived(0, task, i, 1));
            events.add(EngineEvent.OrdersServed.one(servedMs * MS, task, 0, 0, i, servedMs * MS));
        }
    }

    static EngineEvent stats(String task, long pid, long rssMb, int threads, int coroutines) {
        return new EngineEvent.Stats(1 * MS, task, 0, pid, rssMb * 1024 * 1024, rssMb * 1024 * 1024 / 2, 30 * MS, threads, coroutines, 0);
    }

    /** A sample from a system that measures none of the kitchen's figures (no {@code /proc}, no CPU clock). */
    static EngineEvent unmeasured(String task, long pid) {
        return new EngineEvent.Stats(1 * MS, task, 0, pid, -1, -1, -1, -1, 0, 0);
    }

    static EngineEvent started(String task, Model model, long pid) {
        return new EngineEvent.KitchenStarted(0, task, 0, model, pid, 1);
    }
}
