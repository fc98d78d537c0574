package dev.forkful.worker;

/**
 * How one order was cooked, filled in as the chef goes: when it began, and per step when the chef held the
 * step's locks, when the step ended and how long of it went waiting for the GIL; times on the kitchen's
 * clock ({@code System.nanoTime()}, a test's fake clock in a coroutine kitchen's tests).
 */
public final class CookRecord {
    private final long start;
    private final long[] steps;

    public CookRecord(long start, int stepCount) {
        this.start = start;
        this.steps = new long[3 * stepCount];
    }

    /**
     * A record of steps that followed each other with no lock to wait for, as on an event loop: each
     * began where the one before ended; {@code ends} are the ends of all but the last (null for one step).
     */
    static CookRecord oneAfterAnother(long start, long[] ends, long lastEnd) {
        int steps = (ends == null ? 0 : ends.length) + 1;
        CookRecord r = new CookRecord(start, steps);
        long from = start;
        for (int i = 0; i < steps; i++) {
            long end = i < steps - 1 ? ends[i] : lastEnd;
            r.held(i, from);
            r.ended(i, end, 0);
            from = end;
        }
        return r;
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

    /**
     * The record as the wire carries it: microseconds, {@code start} since {@code originNanos}, then per step
     * the lock wait, the time from holding the locks to the step's end, and the GIL wait (see
     * {@code Wire.SERVED_PREFIX}). Each time is rounded to its microsecond since the origin before the
     * differences are taken, so that the supervisor adds them back up without drift. Steps never reached
     * (their times unset) take no time.
     */
    long[] toMicros(long originNanos) {
        long[] out = new long[1 + steps.length];
        long stepStart = micros(start, originNanos);
        out[0] = stepStart;
        for (int i = 0; 3 * i < steps.length; i++) {
            long held = Math.max(stepStart, micros(steps[3 * i], originNanos));
            long ended = Math.max(held, micros(steps[3 * i + 1], originNanos));
            out[1 + 3 * i] = held - stepStart;
            out[2 + 3 * i] = ended - held;
            out[3 + 3 * i] = Math.min(ended - held, steps[3 * i + 2] / 1_000);
            stepStart = ended;
        }
        return out;
    }

    private static long micros(long at, long originNanos) {
        return Math.floorDiv(at - originNanos, 1_000);
    }
}
