package dev.forkful.worker;

/**
 * Runs cpu steps as calibrated {@link Work} in slices of about 100 us; between slices a chef under
 * the {@link Gil} checks for a hand-off request, as CPython's eval loop does between bytecodes.
 * Each step's CPU time goes to {@link WorkSpeed}.
 */
final class CpuWork {
    private static final long SLICES_PER_MS = 10;

    private final long workPerMs;
    private final long sliceUnits;
    private final Gil gil;

    /** @param gil null when chefs run cpu work in parallel */
    CpuWork(long workPerMs, Gil gil) {
        this.workPerMs = workPerMs;
        this.sliceUnits = Math.max(1, workPerMs / SLICES_PER_MS);
        this.gil = gil;
    }

    /** @return how long the work waited for the GIL, to take it and after each hand-off (0 without a GIL) */
    long run(long nanos) throws InterruptedException {
        long units = nanos / 1_000 * workPerMs / 1_000;
        if (gil == null) {
            return slices(units, nanos);
        }
        long asked = System.nanoTime();
        gil.acquire();
        long waited = System.nanoTime() - asked;
        try {
            return waited + slices(units, nanos);
        } finally {
            gil.releaseIfHeld();
        }
    }

    /**
     * Stops at an interrupt (the kitchen is closing) between slices; a freeze does not. Returns the GIL
     * waits. A virtual thread that waited for the GIL may come back on another carrier, whose CPU clock
     * is not the one read first: its step's CPU is not counted.
     */
    private long slices(long units, long nanos) throws InterruptedException {
        long cpuBefore = WorkSpeed.threadCpuNanos();
        boolean sameClock = true;
        long waited = 0;
        for (long left = units; left > 0; left -= sliceUnits) {
            if (Thread.interrupted()) {
                throw new InterruptedException("cpu work stopped");
            }
            Work.run(Math.min(left, sliceUnits));
            if (gil != null) {
                long handOff = gil.handOffIfRequested();
                waited += handOff;
                sameClock &= handOff == 0 || !Thread.currentThread().isVirtual();
            }
        }
        if (sameClock) {
            WorkSpeed.add(nanos, cpuBefore, WorkSpeed.threadCpuNanos());
        }
        return waited;
    }

    /** A freeze: computation that never ends and never sleeps or awaits; it honours only the GIL's hand-off. */
    void spinForever() throws InterruptedException {
        if (gil != null) {
            gil.acquire();
        }
        while (true) {
            Work.run(sliceUnits);
            if (gil != null) {
                gil.handOffIfRequested();
            }
        }
    }
}
