package dev.forkful.engine;

import dev.forkful.level.Level;
import java.util.function.LongSupplier;

/** Starts a level's kitchens: the one way into the engine for {@code run}, the full screen and the shell. */
public final class Engine {
    private Engine() {
    }

    /**
     * Starts every task's kitchens as child processes and returns at once; events go to
     * {@code listener} on the supervisor's thread until {@link EngineEvent.Finished}.
     */
    public static RunningLevel start(Level level, Plan plan, long seed, EngineListener listener) {
        ChildLauncher launcher = ChildLauncher.forWorker();
        return start(level, plan, seed, listener, launcher, () -> CalibrationCache.workPerMs(launcher));
    }

    static RunningLevel start(Level level, Plan plan, long seed, EngineListener listener, ChildLauncher launcher,
            LongSupplier workPerMs) {
        LevelRun run = new LevelRun(listener);
        run.start(new Supervisor(level, plan, seed, run, launcher, workPerMs));
        return run;
    }
}
