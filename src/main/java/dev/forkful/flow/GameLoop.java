package dev.forkful.flow;

import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.RunningLevel;
import dev.forkful.save.Progress;
import dev.forkful.save.SaveFile;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs the flow: takes events from one queue, applies {@link Flow#update}, carries out the effects
 * (starts and stops the real kitchens, saves progress) and hands states to a frame callback, at most
 * one frame per {@code frameGap}. With nothing to do it blocks on the queue: an idle game uses no CPU.
 * Closing it stops any kitchen still cooking.
 */
public final class GameLoop implements AutoCloseable {
    private final Backend backend;
    private final SaveFile save;
    private final BlockingQueue<FlowEvent> queue = new LinkedBlockingQueue<>();
    private final Object changed = new Object();
    private volatile GameState state;
    /** What the progress file held at the last save, or at the start; only the flow's thread reads it. */
    private Progress written;
    private final AtomicReference<RunningLevel> running = new AtomicReference<>();

    public GameLoop(Backend backend, SaveFile save, GameState initial) {
        this.backend = backend;
        this.save = save;
        this.state = initial;
        this.written = initial.progress();
    }

    /** Safe from any thread. */
    public void submit(FlowEvent event) {
        queue.add(Objects.requireNonNull(event));
    }

    public GameState state() {
        return state;
    }

    /** Waits until the state satisfies {@code condition}; for the line mode and tests. */
    public GameState await(Predicate<GameState> condition, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (changed) {
            while (!condition.test(state)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("the game did not reach the expected state; it is at " + state.screen());
                }
                TimeUnit.NANOSECONDS.timedWait(changed, left);
            }
            return state;
        }
    }

    /**
     * Processes events on the calling thread until the game quits. {@code frame} sees the first state
     * at once, then each changed state, no closer together than {@code frameGap} (the last change
     * is always drawn).
     */
    public void run(Consumer<GameState> frame, Duration frameGap) throws InterruptedException {
        long gap = frameGap.toNanos();
        GameState drawn = state;
        frame.accept(drawn);
        long lastFrame = System.nanoTime();
        try {
            while (!state.quit()) {
                boolean pending = state != drawn;
                long wait = gap - (System.nanoTime() - lastFrame);
                FlowEvent event = pending ? queue.poll(Math.max(0, wait), TimeUnit.NANOSECONDS) : queue.take();
                if (event != null) {
                    apply(event);
                    for (FlowEvent more; (more = queue.poll()) != null && !state.quit(); ) {
                        apply(more);
                    }
                }
                if (state != drawn && !state.quit() && System.nanoTime() - lastFrame >= gap) {
                    drawn = state;
                    frame.accept(drawn);
                    lastFrame = System.nanoTime();
                }
            }
        } finally {
            close();
        }
    }

    private void apply(FlowEvent event) {
        GameState next = Flow.update(state, event);
        for (Effect effect : next.effects()) {
            next = carryOut(next, effect);
        }
        synchronized (changed) {
            state = next;
            changed.notifyAll();
        }
    }

    private GameState carryOut(GameState s, Effect effect) {
        switch (effect) {
            case Effect.StartKitchen start -> {
                stopKitchen();
                Backend.Scoring scoring = backend.scoring(start.level(), start.plan());
                int run = start.run();
                try {
                    running.set(backend.start(start.level(), start.plan(), start.seed(), event -> {
                        scoring.on(event);
                        if (!(event instanceof EngineEvent.OrderCooked)) { // the timeline's alone: one per order
                            submit(new FlowEvent.FromEngine(run, event));
                        }
                        if (event instanceof EngineEvent.Finished) {
                            var score = scoring.score();
                            submit(new FlowEvent.Scored(run, score, backend.explain(score, start.level()), scoring.timeline()));
                        }
                    }));
                } catch (RuntimeException e) {
                    submit(new FlowEvent.Failed(run, "the kitchens could not start: " + e.getMessage()));
                }
            }
            case Effect.StopKitchen stop -> stopKitchen();
            case Effect.WriteProgram w -> {
                String text;
                try {
                    text = backend.program(w.level(), w.plan(), w.lang());
                } catch (RuntimeException e) {
                    text = "the program could not be written: " + e.getMessage();
                }
                submit(new FlowEvent.ProgramWritten(w.level(), w.plan(), w.lang(), text));
            }
            case Effect.Save wanted -> {
                return saved(s, wanted.progress());
            }
        }
        return s;
    }

    /**
     * Merges the game's progress into the file. The state then shows what the file holds, other
     * games' records too; when the save fails it goes back to what the file held, keeping only the
     * hints revealed (they stay on the screen), and the player is told, in one line.
     */
    private GameState saved(GameState s, Progress wanted) {
        try {
            SaveFile.Loaded result = save.save(wanted);
            written = result.progress();
            GameState next = s.progress(written);
            return result.problem().map(next::notice).orElse(next);
        } catch (IOException | RuntimeException e) {
            return s.progress(written.withHintsOf(wanted)).notice("your progress was not saved: " + SaveFile.why(e));
        }
    }

    private void stopKitchen() {
        RunningLevel r = running.getAndSet(null);
        if (r != null) {
            r.cancel();
            r.close();
        }
    }

    /** Stops the kitchens (every worker dies); safe to call more than once, from any thread. */
    @Override
    public void close() {
        stopKitchen();
    }
}
