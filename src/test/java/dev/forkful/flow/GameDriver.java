package dev.forkful.flow;

import dev.forkful.save.SaveFile;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Drives a running {@link GameLoop} as a player would: presses keys, then waits for a condition. */
public final class GameDriver implements AutoCloseable {
    public static final Duration PATIENCE = Duration.ofSeconds(20);
    private final GameLoop loop;
    private final Thread thread;

    public GameDriver(Backend backend, SaveFile save, GameState start) {
        loop = new GameLoop(backend, save, start);
        thread = Thread.ofPlatform().name("game-driver").start(() -> {
            try {
                loop.run(s -> { }, Duration.ZERO);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public GameDriver press(Key... keys) {
        for (Key k : keys) {
            loop.submit(new FlowEvent.Pressed(k));
        }
        return this;
    }

    public GameState waitFor(Predicate<GameState> condition) throws InterruptedException, TimeoutException {
        return loop.await(condition, PATIENCE);
    }

    public GameLoop loop() {
        return loop;
    }

    @Override
    public void close() throws InterruptedException {
        loop.submit(new FlowEvent.Quit());
        thread.join(PATIENCE.toMillis());
        loop.close();
    }
}
