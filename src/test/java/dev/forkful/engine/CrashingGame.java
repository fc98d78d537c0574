package dev.forkful.engine;

import dev.forkful.level.LevelLoader;
import dev.forkful.level.Model;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A game that fails mid-level with an exception and never closes its run, as a buggy screen
 * might; {@link OrphansIT} checks that its kitchens die with it anyway.
 */
public final class CrashingGame {
    private CrashingGame() {
    }

    public static void main(String[] args) throws Exception {
        var level = LevelLoader.load(Path.of(args[0]));
        int houses = Integer.parseInt(args[1]);
        CountDownLatch started = new CountDownLatch(houses);
        Engine.start(level, TestLevels.plan(level.tasks().getFirst().id(), Model.PROCESS, houses), 1, e -> {
            if (e instanceof EngineEvent.KitchenStarted) {
                started.countDown();
            }
        });
        started.await();
        System.out.println("kitchens started");
        System.out.flush();
        throw new IllegalStateException("a bug in the game, mid-level");
    }
}
