package dev.forkful.worker;

/**
 * A task of the {@link EventLoop}: a state machine that the loop resumes; it runs until its next await
 * and says what it waits for by its return value.
 */
public interface Coroutine {
    /** Returned by {@link #resume()} when the coroutine has finished. */
    long DONE = -1;
    /** Returned by {@link #resume()} to run again after what is ready now. */
    long YIELD = 0;
    /** Returned by {@link #resume()} to wait, off every queue, until someone calls {@link EventLoop#wake}. */
    long PARKED = -2;

    /** @return {@link #DONE}, {@link #YIELD}, {@link #PARKED}, or nanoseconds to sleep on the timer heap */
    long resume();

    /** An exception escaped {@link #resume()}: the loop drops this coroutine and goes on. */
    void failed(RuntimeException e);

    /** A coroutine that gives the loop back {@code times} times, then ends: what a switch costs, alone. */
    static Coroutine yielding(int times) {
        return new Coroutine() {
            private int left = times;

            @Override
            public long resume() {
                return left-- > 0 ? YIELD : DONE;
            }

            @Override
            public void failed(RuntimeException e) {
                throw e;
            }
        };
    }
}
