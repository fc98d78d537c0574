package dev.forkful.worker;

/** How a chef does a step's work; a test gives the event loop a stove that only moves a fake clock. */
interface Stove {
    /** @return how long of it went waiting for the GIL */
    long cpu(long nanos) throws InterruptedException;

    void block(long nanos);

    /** Never returns: a loop that never yields. */
    void freeze() throws InterruptedException;

    /** Calibrated work (under the GIL when there is one) and a real blocking system call. */
    static Stove real(CpuWork cpu) {
        return new Stove() {
            @Override
            public long cpu(long nanos) throws InterruptedException {
                return cpu.run(nanos);
            }

            @Override
            public void block(long nanos) {
                Blocking.call(nanos);
            }

            @Override
            public void freeze() throws InterruptedException {
                cpu.spinForever();
            }
        };
    }
}
