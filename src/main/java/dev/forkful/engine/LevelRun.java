package dev.forkful.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A level being cooked: the supervisor's thread, and the caller's listener fed on it. */
final class LevelRun implements RunningLevel, EngineListener {
    private final EngineListener listener;
    private final CountDownLatch finished = new CountDownLatch(1);
    private Supervisor supervisor;
    private Thread thread;
    private volatile Throwable failure;

    LevelRun(EngineListener listener) {
        this.listener = listener;
    }

    void start(Supervisor supervisor) {
        this.supervisor = supervisor;
        thread = new Thread(this::supervise, "forkful-supervisor");
        // a daemon: a game that ends without closing the run still exits, and its shutdown hook kills the children
        thread.setDaemon(true);
        thread.start();
    }

    private void supervise() {
        try {
            supervisor.run();
        } catch (Throwable t) {
            failure = t;
        } finally {
            finished.countDown();
        }
    }

    /** As the caller's listener: a run that is only scored asks for no dish's record. */
    @Override
    public boolean wantsHowCooked() {
        return listener.wantsHowCooked();
    }

    /** The supervisor's listener: the caller's, then the end when it is the last event. */
    @Override
    public void on(EngineEvent e) {
        listener.on(e);
        if (e instanceof EngineEvent.Finished) {
            finished.countDown();
        }
    }

    @Override
    public void awaitEnd() throws InterruptedException {
        finished.await();
        if (failure != null) {
            throw new IllegalStateException("the engine failed: " + failure, failure);
        }
    }

    @Override
    public void cancel() {
        supervisor.cancel();
    }

    /** Cancels the run if it is still going and waits (briefly) until every kitchen is gone. */
    @Override
    public void close() {
        supervisor.cancel();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }
}
