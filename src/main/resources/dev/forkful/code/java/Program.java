{{header}}
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

class Program { // not public: any file name will do for javac too
    static final Duration TIME_LIMIT = Duration.ofNanos({{time_limit}}); // dishes not served by then are lost
    static final Map<String, Long> FRIDGE = stock({{fridge}}); // ingredient -> starting stock; each kitchen has its own
    static final long PAUSE_NANOS = 100_000; // a take reads the stock, pauses 0.1 ms, then writes it back
    static final long REACH_NANOS = 1_000_000; // a chef reaches for the next lock 1 ms after the previous one
    static final List<Process> HOUSES = new CopyOnWriteArrayList<>(); // worker processes, killed if the kitchen freezes
    static long turnsPerSecond; // how fast spin() runs here: measured by calibrate()

    enum Kind { CPU, WAIT, BLOCK, TAKE }

    record Step(String name, Kind kind, long nanos, String ingredient, long take, boolean awaits, List<String> hold) {
        static Step cpu(String name, long nanos) { return new Step(name, Kind.CPU, nanos, null, 0, false, List.of()); }
        static Step waiting(String name, long nanos) { return new Step(name, Kind.WAIT, nanos, null, 0, false, List.of()); }
        static Step blocking(String name, long nanos) { return new Step(name, Kind.BLOCK, nanos, null, 0, false, List.of()); }
        static Step take(String name, String ingredient, long take, boolean awaits) {
            return new Step(name, Kind.TAKE, 0, ingredient, take, awaits, List.of());
        }
        Step holding(String... locks) { return new Step(name, kind, nanos, ingredient, take, awaits, List.of(locks)); }
    }

    /** A fault the level's seed gives an order: at which step, and what kind. */
    record Fault(int step, String kind) {}

    record Task(String name, String plan, String model, int workers, boolean lock, int orders, long everyNanos,
            List<Step> steps, Map<Long, Fault> faults) {}

    static final List<Task> TASKS = List.of({{tasks}});

    public static void main(String[] args) throws Exception {
{{house_entry}}        turnsPerSecond = calibrate();
        List<Tally> tallies = new ArrayList<>();
        List<Thread> kitchens = new ArrayList<>();
        gate = new CyclicBarrier(TASKS.size() + 1, () -> startedNanos = System.nanoTime());
        for (Task task : TASKS) { // every task cooks at the same time, each in its own kitchen
            Tally tally = new Tally(task);
            tallies.add(tally);
            kitchens.add(Thread.ofPlatform().daemon().start(() -> cookTask(tally, args)));
        }
        long started = opened();
        long cpuAtStart = cpuNanos();
        boolean finished = true;
        for (Thread kitchen : kitchens) {
            long left = started + TIME_LIMIT.toNanos() - System.nanoTime();
            finished &= left > 0 && kitchen.join(Duration.ofNanos(left));
        }
        report(tallies, started, cpuAtStart, finished);
        if (!finished) {
            HOUSES.forEach(Process::destroyForcibly); // a frozen house never exits by itself
            System.exit(2); // nor does a frozen thread or event loop: end the whole process
        }
    }

    static CyclicBarrier gate;
    static volatile long startedNanos;

    /** A kitchen is open (its worker processes started): the clock starts when every kitchen is. */
    static long opened() throws Exception {
        gate.await(TIME_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
        return startedNanos;
    }

    static void cookTask(Tally tally, String[] args) {
        try {
            switch (tally.task.model()) {
{{dispatch}}
                default -> throw new IllegalStateException("no kitchen for " + tally.task.model());
            }
        } catch (Exception e) {
            System.err.println(tally.task.name() + ": " + e);
        }
        tally.doneAt = System.nanoTime();
    }

    /** Measure once how many loop turns make one second of one core's CPU time (CPU, not wall: a busy machine does not skew it). */
    static long calibrate() {
        var cpu = ManagementFactory.getThreadMXBean();
        spinTurns(5_000_000); // let the JIT compile the loop first
        for (long turns = 100_000; ; turns *= 2) {
            long before = cpu.getCurrentThreadCpuTime();
            spinTurns(turns);
            long used = cpu.getCurrentThreadCpuTime() - before;
            if (used >= 50_000_000) {
                return turns * 1_000_000_000L / used;
            }
        }
    }

    static long sink;

    static void spinTurns(long turns) {
        long x = 0;
        for (long i = 0; i < turns; i++) {
            x += i * i ^ (x >>> 3);
        }
        sink += x; // kept, so the JIT cannot drop the loop
    }

    /** cpu: real computation, about this long on one core. */
    static void spin(long nanos) {
        spinTurns((long) (nanos / 1e9 * turnsPerSecond));
    }

    /** The fault the level's seed gives this order at this step, in its real form: the same orders as in forkful. */
    static void strike(Task task, long order, int step) {
        Fault f = task.faults().get(order);
        if (f == null || f.step() != step) {
            return;
        }
        switch (f.kind()) {
            case "exception" -> throw new IllegalStateException("order " + order + " spoiled at step " + step);
            case "segfault" -> Runtime.getRuntime().halt(139); // the OS process ends at once, no cleanup: every chef in it with it
            default -> {
                while (true) { // freeze: spins forever and never yields
                    Thread.onSpinWait();
                }
            }
        }
    }

    /** Where chefs take ingredients: a fridge in this heap, or the pantry over a pipe. */
    interface Larder {
        boolean take(String ingredient, long amount) throws IOException;
    }

    /** One kitchen's fridge in its heap; what chefs took is counted apart, atomically, for the audit. */
    static final class Fridge implements Larder {
        final Map<String, Long> start = new LinkedHashMap<>(FRIDGE);
        final Map<String, long[]> stock = new ConcurrentHashMap<>(); // one plain cell per ingredient: reads and writes race
        final Map<String, AtomicLong> taken = new ConcurrentHashMap<>();
        final ReentrantLock lock; // null when the plan says nolock

        Fridge(boolean locked) {
            FRIDGE.forEach((ingredient, amount) -> {
                stock.put(ingredient, new long[] {amount});
                taken.put(ingredient, new AtomicLong());
            });
            lock = locked ? new ReentrantLock() : null;
        }

        /** Read, pause, write. Without the lock two chefs can read the same stock, and one take is lost. */
        @Override
        public boolean take(String ingredient, long amount) {
            if (lock != null) {
                lock.lock();
            }
            try {
                long seen = read(ingredient);
                if (seen < amount) {
                    return false;
                }
                LockSupport.parkNanos(PAUSE_NANOS);
                write(ingredient, seen, amount);
                return true;
            } finally {
                if (lock != null) {
                    lock.unlock();
                }
            }
        }

        long read(String ingredient) {
            return stock.get(ingredient)[0];
        }

        void write(String ingredient, long seen, long amount) {
            stock.get(ingredient)[0] = seen - amount;
            taken.get(ingredient).addAndGet(amount);
        }
    }

    /** One kitchen's named locks, made on first use and shared by its chefs. */
    static final class Locks {
        final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

        /** Takes the locks in the order given, reaching for each 1 ms after the last: opposite orders deadlock. */
        List<ReentrantLock> hold(List<String> names) {
            List<ReentrantLock> held = new ArrayList<>();
            for (String name : names) {
                if (!held.isEmpty()) {
                    LockSupport.parkNanos(REACH_NANOS);
                }
                ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
                lock.lock();
                held.add(lock);
            }
            return held;
        }

        static void release(List<ReentrantLock> held) {
            held.reversed().forEach(ReentrantLock::unlock);
        }
    }

    /** One order cooked by a chef that blocks (a thread, a virtual thread, a house): true when served. */
    static boolean cook(Task task, long order, Larder fridge, Locks locks) throws Exception {
        for (int i = 0; i < task.steps().size(); i++) {
            Step step = task.steps().get(i);
            List<ReentrantLock> held = locks.hold(step.hold());
            try {
                strike(task, order, i);
                switch (step.kind()) {
                    case CPU -> spin(step.nanos());
                    case WAIT -> Thread.sleep(Duration.ofNanos(step.nanos())); // this chef sleeps, the others cook on
                    case BLOCK -> Thread.sleep(Duration.ofNanos(step.nanos())); // a blocking call: only its own chef waits
                    case TAKE -> {
                        if (!fridge.take(step.ingredient(), step.take())) {
                            return false; // out of stock: the dish is lost
                        }
                    }
                }
            } finally {
                Locks.release(held);
            }
        }
        return true;
    }

    /** Sleeps until order {@code order} arrives: all at once, or one every {@code everyNanos}. */
    static void arrive(Task task, long started, long order) throws InterruptedException {
        long left = started + order * task.everyNanos() - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
{{kitchens}}
    /** Dishes served and lost by one task, counted as they finish. */
    static final class Tally {
        final Task task;
        final AtomicLong served = new AtomicLong();
        final AtomicLong lost = new AtomicLong();
        volatile long doneAt;
        volatile Fridge fridge;
        final AtomicLong houseCpuNanos = new AtomicLong();

        Tally(Task task) {
            this.task = task;
        }

        void dish(boolean wasServed) {
            (wasServed ? served : lost).incrementAndGet();
        }

        void lostOne(long order, Throwable why) {
            System.err.println(task.name() + " order " + order + ": " + why + ": dish lost");
            lost.incrementAndGet();
        }
    }

    static void report(List<Tally> tallies, long started, long cpuAtStart, boolean finished) {
        double wall = (System.nanoTime() - started) / 1e9;
        long served = 0;
        long lostUpdates = 0;
        long houseCpu = 0;
        List<String> audits = new ArrayList<>();
        for (Tally t : tallies) {
            long unfinished = t.task.orders() - t.served.get() - t.lost.get();
            String done = t.doneAt != 0 ? String.format(Locale.ROOT, "done at %.3f s", (t.doneAt - started) / 1e9) : "unfinished at the time limit";
            System.out.printf(Locale.ROOT, "%s: %s  served %d of %d, lost %d, %s%n", t.task.name(), t.task.plan(), t.served.get(),
                    t.task.orders(), t.lost.get() + unfinished, done);
            served += t.served.get();
            houseCpu += t.houseCpuNanos.get();
            Fridge f = t.fridge;
            if (f != null) {
                for (var e : f.start.entrySet()) {
                    long taken = f.taken.get(e.getKey()).get();
                    long left = f.read(e.getKey());
                    lostUpdates += Math.max(0, left - (e.getValue() - taken));
                    if (taken == 0 && left == e.getValue()) {
                        continue; // an ingredient this task does not take
                    }
                    audits.add(String.format(Locale.ROOT, "%s: %s started %d, taken %d, left %d, should be %d", t.task.name(), e.getKey(),
                            e.getValue(), taken, left, e.getValue() - taken));
                }
            }
        }
        double cpu = (cpuNanos() - cpuAtStart + houseCpu) / 1e9;
        System.out.printf(Locale.ROOT, "wall time: %.3f s%n", wall);
        System.out.printf(Locale.ROOT, "throughput: %.1f dishes/s%n", served / wall);
        System.out.println("lost updates: " + lostUpdates + (audits.isEmpty() ? "" : " (" + String.join("; ", audits) + ")"));
        System.out.printf(Locale.ROOT, "cpu time: %.3f s (%.2f cores busy on average)%n", cpu, cpu / wall);
        if (!finished) {
            System.out.println("time limit of " + TIME_LIMIT.toSeconds() + " s reached: the kitchen never finished (frozen or deadlocked)");
        }
        System.out.flush();
    }

    /** CPU time of this process, all its threads. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static Map<String, Long> stock(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return m;
    }
}
