package dev.forkful.worker;

import dev.forkful.protocol.LineWriter;

/**
 * How one order was cooked, filled in as the chef goes: when it began, and per step when the chef held the
 * step's locks, when the step ended and how long of it went waiting for the GIL; times on the kitchen's
 * clock ({@code System.nanoTime()}, a test's fake clock in a coroutine kitchen's tests).
 */
public final class CookRecord implements LineWriter.Record {
    private final long start;
    private final long[] steps;

    public CookRecord(long start, int stepCount) {
        this.start = start;
        this.steps = new long[3 * stepCount];
    }

    /** The order stopped in {@code step} at {@code at} (an exception, an empty fridge): that step ends there if it had not. */
    void cutShort(int step, long at) {
        if (steps[3 * step + 1] == 0) {
            steps[3 * step + 1] = at;
        }
    }

    public void held(int step, long at) {
        steps[3 * step] = at;
    }

    public void ended(int step, long at, long gilWaitNanos) {
        steps[3 * step + 1] = at;
        steps[3 * step + 2] = gilWaitNanos;
    }

    @Override
    public int length() {
        return 1 + steps.length;
    }

    /**
     * The record as the wire carries it: microseconds, {@code start} since {@code originNanos}, then per step
     * the lock wait, the time from holding the locks to the step's end, and the GIL wait (see
     * {@code Wire.SERVED_PREFIX}). Each time is rounded to its microsecond since the origin before the
     * differences are taken, so that the supervisor adds them back up without drift. Steps never reached
     * (their times unset) take no time.
     */
    @Override
    public void writeTo(long[] out, int at, long originNanos) {
        long stepStart = micros(start, originNanos);
        out[at] = stepStart;
        for (int i = 0; 3 * i < steps.length; i++) {
            long held = Math.max(stepStart, micros(steps[3 * i], originNanos));
            long ended = Math.max(held, micros(steps[3 * i + 1], originNanos));
            out[at + 1 + 3 * i] = held - stepStart;
            out[at + 2 + 3 * i] = ended - held;
            out[at + 3 + 3 * i] = Math.min(ended - held, steps[3 * i + 2] / 1_000);
            stepStart = ended;
        }
    }

    static long micros(long at, long originNanos) {
        return Math.floorDiv(at - originNanos, 1_000);
    }
}
