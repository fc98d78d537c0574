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

    /** @return {@link #DONE}, {@link #YIELD}, or nanoseconds to sleep on the timer heap */
    long resume();

    /** An exception escaped {@link #resume()}: the loop drops this coroutine and goes on. */
    void failed(RuntimeException e);
}
