package dev.forkful.flow;

import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.EngineListener;
import dev.forkful.engine.Plan;
import dev.forkful.engine.RunningLevel;
import dev.forkful.level.Level;
import dev.forkful.score.Score;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For flow tests only: plays a recorded event sequence on its own thread, as the engine's
 * supervisor would, and scores it by counting what the events say. {@code hold} keeps the run
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
            public Score awaitScore() {
                throw new UnsupportedOperationException("the flow never waits on a score");
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

    @Override
    public Scoring scoring(Level level, Plan plan) {
        return new Scoring() {
            long served;
            long lost;
            long wallMs;

            @Override
            public void on(EngineEvent event) {
                switch (event) {
                    case EngineEvent.OrderServed s -> served++;
                    case EngineEvent.OrderLost l -> lost++;
                    case EngineEvent.Finished f -> wallMs = f.atNanos() / 1_000_000;
                    default -> {
                    }
                }
            }

            @Override
            public Score score() {
                long orders = level.tasks().stream().mapToLong(t -> t.orders()).sum();
                int stars = served == orders ? 1 : 0;
                return new Score(level.id(), PlanText.of(plan), orders, served, lost, wallMs, served * 1000.0 / Math.max(1, wallMs),
                        0, 0, List.of(), List.of(), 0, 0, 0, 0, 0, 0, 100, stars, List.of());
            }
        };
    }

    @Override
    public List<String> explain(Score score, Level level) {
        return List.of(score.served() + " of " + score.orders() + " served");
    }
}
