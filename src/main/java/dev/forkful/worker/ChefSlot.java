package dev.forkful.worker;

/** What one chef is doing now, written by the chef and read by the heartbeat monitor. */
final class ChefSlot {
    private record Doing(long order, int step, long sinceNanoTime) {
    }

    private final int chef;
    private volatile Doing doing;

    ChefSlot(int chef) {
        this.chef = chef;
    }

    int chef() {
        return chef;
    }

    void on(long order, int step) {
        doing = new Doing(order, step, System.nanoTime());
    }

    void idle() {
        doing = null;
    }

    /** How long the current step has lasted; -1 when idle. */
    long busyNanos(long now) {
        Doing d = doing;
        return d == null ? -1 : now - d.sinceNanoTime;
    }

    ChefState state(long now) {
        Doing d = doing;
        return d == null ? ChefState.idle(chef) : new ChefState(chef, d.order, d.step, now - d.sinceNanoTime);
    }
}
