package dev.forkful.worker;

/**
 * Time for an event loop under test: a wall clock that idling moves, a CPU clock of the loop thread,
 * and a stove whose work only moves them. {@code stolenPerCpuStep} is wall time a busy machine takes
 * away in the middle of each cpu step, while the loop thread does no work.
 */
final class FakeTime {
    long wall;
    long cpu;
    private final long stolenPerCpuStep;

    FakeTime(long stolenPerCpuStep) {
        this.stolenPerCpuStep = stolenPerCpuStep;
    }

    EventLoop.Clock clock() {
        return new EventLoop.Clock() {
            @Override
            public long nanoTime() {
                return wall;
            }

            @Override
            public void idle(long nanos) {
                wall += nanos;
            }
        };
    }

    long threadCpu() {
        return cpu;
    }

    Stove stove() {
        return new Stove() {
            @Override
            public long cpu(long nanos) {
                cpu += nanos;
                wall += nanos + stolenPerCpuStep;
                return 0;
            }

            @Override
            public void block(long nanos) {
                wall += nanos;
            }

            @Override
            public void freeze() {
                throw new AssertionError("no freeze in this test");
            }
        };
    }
}
