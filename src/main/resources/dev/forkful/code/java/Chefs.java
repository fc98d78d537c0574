
    /** thread and virtual: chefs in this one process share its heap, so the fridge, with its lock unless nolock. */
    static final class Chefs {
        static void cook(Tally tally) throws Exception {
            Task task = tally.task;
            tally.fridge = new Fridge(task.lock());
            Locks locks = new Locks();
            try (ExecutorService chefs = task.model().equals("virtual")
                    ? Executors.newVirtualThreadPerTaskExecutor() // one virtual thread per order, on a few carriers
                    : Executors.newFixedThreadPool(task.workers())) { // platform threads: one OS thread each
                long started = opened();
                for (long order = 0; order < task.orders(); order++) {
                    arrive(task, started, order);
                    long o = order;
                    chefs.submit(() -> {
                        try {
                            tally.dish(Program.cook(task, o, tally.fridge, locks));
                        } catch (Exception e) { // an exception loses this dish only; the chef goes on
                            tally.lostOne(o, e);
                        }
                    });
                }
            } // close() waits for every dish
        }
    }
