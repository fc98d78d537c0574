
    /**
     * coroutine: one thread runs an event loop (a single-threaded ScheduledExecutorService) with one small
     * state machine per order. A wait is a continuation scheduled for later, so the loop cooks other dishes
     * meanwhile; anything else (a computation, a blocking call) holds the whole loop.
     */
    static final class EventLoop {
        static void cook(Tally tally) throws Exception {
            Task task = tally.task;
            // the loop thread is the only chef, so a take needs a lock only if it awaits between read and write
            tally.fridge = new Fridge(false);
            var loop = Executors.newSingleThreadScheduledExecutor();
            var lock = new AsyncLock(loop);
            var left = new java.util.concurrent.CountDownLatch(task.orders());
            long started = opened();
            for (long order = 0; order < task.orders(); order++) {
                var dish = new Dish(tally, order, loop, task.lock() ? lock : null, left);
                long due = started + order * task.everyNanos() - System.nanoTime();
                loop.schedule(() -> dish.from(0), Math.max(0, due), TimeUnit.NANOSECONDS);
            }
            left.await();
            loop.shutdown();
        }
    }

    /** One order on the loop: runs its steps until one must wait, then schedules the rest. */
    record Dish(Tally tally, long order, java.util.concurrent.ScheduledExecutorService loop, AsyncLock lock,
            java.util.concurrent.CountDownLatch left) {
        void from(int first) {
            Task task = tally.task;
            try {
                for (int i = first; i < task.steps().size(); i++) {
                    Step step = task.steps().get(i); // its hold: one loop thread never holds a lock across a wait
                    strike(task, order, i);
                    switch (step.kind()) {
                        case CPU -> spin(step.nanos());
                        case BLOCK -> Thread.sleep(Duration.ofNanos(step.nanos())); // a blocking call: the whole loop stalls
                        case WAIT -> { // await: come back later, and let the loop cook other dishes meanwhile
                            int next = i + 1;
                            loop.schedule(() -> from(next), step.nanos(), TimeUnit.NANOSECONDS);
                            return;
                        }
                        case TAKE -> {
                            if (step.awaits()) { // read, await, write: other dishes run in between
                                takeAwaiting(step, i + 1);
                                return;
                            }
                            if (!tally.fridge.take(step.ingredient(), step.take())) {
                                finish(false);
                                return;
                            }
                        }
                    }
                }
                finish(true);
            } catch (Exception e) { // an exception loses this dish only; the loop goes on
                tally.lostOne(order, e);
                left.countDown();
            }
        }

        void takeAwaiting(Step step, int next) {
            Runnable take = () -> {
                long seen = tally.fridge.read(step.ingredient());
                if (seen < step.take()) {
                    release();
                    finish(false);
                    return;
                }
                loop.schedule(() -> {
                    tally.fridge.write(step.ingredient(), seen, step.take());
                    release();
                    from(next);
                }, PAUSE_NANOS, TimeUnit.NANOSECONDS);
            };
            if (lock == null) {
                take.run();
            } else {
                lock.acquire(take);
            }
        }

        void release() {
            if (lock != null) {
                lock.release();
            }
        }

        void finish(boolean served) {
            tally.dish(served);
            left.countDown();
        }
    }

    /** The loop's lock (asyncio.Lock's kind): a dish that finds it held is parked, not the thread. */
    static final class AsyncLock {
        final java.util.concurrent.Executor loop;
        final java.util.ArrayDeque<Runnable> waiting = new java.util.ArrayDeque<>();
        boolean held; // touched by the loop thread only

        AsyncLock(java.util.concurrent.Executor loop) {
            this.loop = loop;
        }

        void acquire(Runnable then) {
            if (held) {
                waiting.add(then);
            } else {
                held = true;
                then.run();
            }
        }

        void release() {
            Runnable next = waiting.poll();
            if (next == null) {
                held = false;
            } else {
                loop.execute(next); // the lock passes straight to the next dish in line
            }
        }
    }
