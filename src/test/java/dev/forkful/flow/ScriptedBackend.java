package dev.forkful.flow;

import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.EngineListener;
import dev.forkful.engine.Plan;
import dev.forkful.engine.RunningLevel;
import dev.forkful.level.Level;
import dev.forkful.score.Explain;
import dev.forkful.score.Score;
import dev.forkful.score.Scorer;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For flow tests only: plays a recorded event sequence on its own thread, as the engine's
 * supervisor would, and scores it with the real {@link Scorer}. {@code hold} keeps the run
 * open after the given number of events until it is cancelled, to test stopping a kitchen.
 */
public final class ScriptedBackend implements Backend {
    private final List<EngineEvent> events;
    private final int hold;
    public final AtomicInteger started = new AtomicInteger();
    public final AtomicInteger closed = new AtomicInteger();

    public ScriptedBackend(List<EngineEvent> events, int hold) {
        this.events = List.copyOf(events);
        this.hold = hold;
    }

    /** A stand-in for {@code forkful code}'s writer, which the flow's tests do not reach (it sits above the flow). */
    @Override
    public String program(Level level, Plan plan, String lang) {
        return "# " + lang + " program for " + plan + "\nprint('cooked')\n";
    }

    @Override
    public RunningLevel start(Level level, Plan plan, long seed, EngineListener listener) {
        started.incrementAndGet();
        CountDownLatch cancelled = new CountDownLatch(1);
        Thread t = Thread.ofPlatform().daemon().name("scripted-engine").start(() -> {
            for (int i = 0; i < events.size(); i++) {
                if (i == hold) {
                    try {
                        cancelled.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
                listener.on(events.get(i));
            }
        });
        return new RunningLevel() {
            @Override
            public void awaitEnd() {
                throw new UnsupportedOperationException("the flow never waits for the end");
            }

            @Override
            public void cancel() {
                cancelled.countDown();
            }

            @Override
            public void close() {
                cancelled.countDown();
                closed.incrementAndGet();
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** The real scorer, for a machine of 2 cores so that tests agree everywhere. */
    @Override
    public Scoring scoring(Level level, Plan plan) {
        return Scoring.of(new Scorer(level, plan, 2), level);
    }

    @Override
    public List<String> explain(Score score, Level level) {
        return Explain.lines(score, level);
    }
}
