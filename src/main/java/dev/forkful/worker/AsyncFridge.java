package dev.forkful.worker;

import dev.forkful.level.Step;

/**
 * The fridge of a coroutine kitchen for takes that await between their read and their write
 * ({@code pause = "wait"}): the loop runs other coroutines in between, so without the lock two of
 * them read the same stock and one take is lost, as in Python with an {@code await} between
 * {@code seen = stock} and {@code stock = seen - n}; with it ({@code asyncio.Lock}) they queue.
 * Loop thread only.
 */
final class AsyncFridge {
    private final LocalFridge fridge;
    private final AsyncLock lock;

    /** @param lock null when the plan drops the lock ({@code nolock}) */
    AsyncFridge(LocalFridge fridge, AsyncLock lock) {
        this.fridge = fridge;
        this.lock = lock;
    }

    Take take(Coroutine who, Step.Action.Fridge f) {
        return new Take(who, f);
    }

    /** One take in flight: resumed until it returns {@link Coroutine#DONE}, then {@link #ok()} says how it went. */
    final class Take {
        private final Coroutine who;
        private final Step.Action.Fridge f;
        private long seen = -1;
        private boolean ok;

        private Take(Coroutine who, Step.Action.Fridge f) {
            this.who = who;
            this.f = f;
        }

        long resume() {
            if (seen < 0) {
                if (lock != null && !lock.acquire(who)) {
                    return Coroutine.PARKED;
                }
                seen = fridge.read(f.ingredient());
                if (seen >= f.take()) {
                    return LocalFridge.PAUSE_NANOS; // the await between the read and the write
                }
            } else {
                fridge.write(f.ingredient(), seen, f.take());
                ok = true;
            }
            if (lock != null) {
                lock.release();
            }
            return Coroutine.DONE;
        }

        /** False when the stock ran out. */
        boolean ok() {
            return ok;
        }
    }
}
