package dev.forkful.worker;

import dev.forkful.level.Fault;
import dev.forkful.level.Model;
import dev.forkful.level.Step;
import dev.forkful.protocol.KitchenSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.LongSupplier;

/** Builds the kitchen that a spec's model calls for, with its chefs already started. */
public final class Kitchens {
    private Kitchens() {
    }

    public static Kitchen create(KitchenSpec spec, KitchenReport report, Pantry pantry) {
        warmUp(spec.steps(), spec.model() == Model.VIRTUAL);
        boolean sharesGil = spec.sharesGil();
        Stove stove = Stove.real(new CpuWork(spec.workPerMs(), sharesGil ? new Gil() : null));
        // on the event loop nothing runs between read and write, unless the take awaits (an AsyncLock then)
        LocalFridge local = new LocalFridge(spec.fridge(), spec.lock() && spec.model() != Model.COROUTINE);
        Fridge fridge = spec.pantry() ? new PantryFridge(pantry) : local;
        KitchenLocks locks = new KitchenLocks();
        Cook cook = new Cook(spec.steps(), report, fridge, stove, locks);
        Kitchen kitchen = switch (spec.model()) {
            case PROCESS -> new ChefKitchen(spec.task(), 1, cook, fridge, report).start();
            case THREAD -> new ChefKitchen(spec.task(), Math.max(1, spec.chefs()), cook, fridge, report).start();
            case COROUTINE -> new CoroutineKitchen(spec.task(), spec.steps(), report, local, spec.lock(), stove,
                    EventLoop.SYSTEM_CLOCK, threadCpuClock()).start();
            case VIRTUAL -> new VirtualKitchen(spec.task(), cook, fridge, report).start();
        };
        // one process chef cannot deadlock with itself; one event loop holds no lock across a yield
        boolean sharedLocks = spec.model() == Model.THREAD || spec.model() == Model.VIRTUAL;
        return sharedLocks && spec.steps().stream().anyMatch(s -> !s.hold().isEmpty())
                ? new DeadlockWatch(spec.task(), kitchen, new DeadlockFinder(locks, spec.model() == Model.THREAD), report)
                : kitchen;
    }

    /** The calling thread's CPU time in nanoseconds; where the JVM cannot tell, the wall clock. */
    static LongSupplier threadCpuClock() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
                ? threads::getCurrentThreadCpuTime : System::nanoTime;
    }

    /**
     * A fresh child runs Work interpreted (about 40 times slower) until the JIT compiles it: the
     * kitchen computes it until the JIT's last tier runs it (about 60 ms of one core here) before it
     * says hello, so its first cpu steps run at the calibrated speed and no warm-up takes a core from
     * the chefs once orders cook. A native call takes 0.2 to 1 s to link the first time: that is done
     * on a side thread, so a block step's first call is close to its length and a segfault ends the
     * process without first spending that second; a virtual kitchen's carrier CPU clock
     * ({@link WorkSpeed}) is a native call too, linked there first.
     */
    private static void warmUp(List<Step> steps, boolean virtual) {
        boolean cpu = steps.stream().anyMatch(s -> s.action() instanceof Step.Action.Cpu);
        boolean block = steps.stream().anyMatch(s -> s.action() instanceof Step.Action.Block);
        boolean segfault = steps.stream().anyMatch(s -> s.fault().map(f -> f.kind() == Fault.Kind.SEGFAULT).orElse(false));
        if (block || segfault || cpu && virtual) {
            Thread.ofPlatform().daemon().name("forkful-warm-up").start(() -> {
                if (segfault) {
                    Crash.disableCoreFiles();
                }
                if (cpu && virtual) {
                    WorkSpeed.prepareCarrierClock();
                }
                if (block) {
                    Blocking.prepare();
                }
            });
        }
        if (cpu) {
            Calibration.warmUp();
            WorkSpeed.threadCpuNanos(); // the JVM's management classes load now (about 30 ms), not in the first step
        }
    }
}
