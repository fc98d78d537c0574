package dev.forkful.worker;

import dev.forkful.level.Model;
import dev.forkful.level.Step;
import java.util.List;

/** Builds the kitchen that a spec's model calls for, with its chefs already started. */
public final class Kitchens {
    private Kitchens() {
    }

    public static Kitchen create(KitchenSpec spec, KitchenReport report, Pantry pantry) {
        warmUpInBackground(spec.steps());
        boolean sharesGil = spec.gil() && (spec.model() == Model.THREAD || spec.model() == Model.VIRTUAL);
        Stove stove = Stove.real(new CpuWork(spec.workPerMs(), sharesGil ? new Gil() : null));
        Fridge fridge = spec.pantry()
                ? new PantryFridge(pantry)
                // on the event loop nothing runs between read and write: no lock is needed
                : new LocalFridge(spec.fridge(), spec.lock() && spec.model() != Model.COROUTINE);
        Cook cook = new Cook(spec.steps(), report, fridge, stove);
        return switch (spec.model()) {
            case PROCESS -> new ChefKitchen(spec.task(), 1, cook, fridge, report).start();
            case THREAD -> new ChefKitchen(spec.task(), Math.max(1, spec.chefs()), cook, fridge, report).start();
            case COROUTINE -> new CoroutineKitchen(spec.task(), spec.steps(), report, fridge, stove,
                    EventLoop.SYSTEM_CLOCK).start();
            case VIRTUAL -> new VirtualKitchen(spec.task(), cook, fridge, report).start();
        };
    }

    /**
     * A fresh child runs Work interpreted (about 40 times slower) until the JIT compiles it, and the
     * first native call takes 0.2 to 1 s to link: both are done at once on a side thread, so the
     * kitchen is ready at once and its first cpu and block steps are close to their measured length.
     */
    private static void warmUpInBackground(List<Step> steps) {
        boolean cpu = steps.stream().anyMatch(s -> s.action() instanceof Step.Action.Cpu);
        boolean block = steps.stream().anyMatch(s -> s.action() instanceof Step.Action.Block);
        if (cpu || block) {
            Thread.ofPlatform().daemon().name("forkful-warm-up").start(() -> {
                if (block) {
                    Blocking.prepare();
                }
                if (cpu) {
                    Calibration.warmUp();
                }
            });
        }
    }
}
