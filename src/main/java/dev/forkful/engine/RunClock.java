package dev.forkful.engine;

/**
 * Where a run is (starting its kitchens, running, waiting for the fridge audits, over) and its run
 * time: it starts when every first kitchen has said hello, and the time an event carries never goes
 * back, although the stamps it is made from come from several reader threads.
 */
final class RunClock {
    enum Phase { STARTING, RUNNING, ENDING, OVER }

    private Phase phase = Phase.STARTING;
    private long origin;
    private long lastAt;

    Phase phase() {
        return phase;
    }

    boolean is(Phase p) {
        return phase == p;
    }

    /** Run time starts at {@code now} ({@link System#nanoTime()}). */
    void open(long now) {
        origin = now;
        phase = Phase.RUNNING;
    }

    void enter(Phase p) {
        phase = p;
    }

    /** How long the run has been open at {@code now}, unclamped. */
    long sinceOpen(long now) {
        return now - origin;
    }

    /** Run time of a {@link System#nanoTime()} stamp; never earlier than an event already sent. */
    long rel(long at) {
        if (phase == Phase.STARTING) {
            return 0;
        }
        lastAt = Math.max(lastAt, at - origin);
        return lastAt;
    }
}
