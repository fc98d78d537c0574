package dev.forkful.engine;

import dev.forkful.level.Step;
import dev.forkful.protocol.ChefState;
import java.time.Duration;

/** What the watchdog says of a stuck chef or a frozen kitchen: what ran, and which row of the truth table it is. */
final class StuckWords {
    private StuckWords() {
    }

    /** One stuck chef while the others go on, and why they can. */
    static String stuck(TaskFloor f, ChefState chef) {
        String others = switch (f.model()) {
            case VIRTUAL -> "; it holds its carrier (the JDK does not time-slice virtual threads), "
                    + "the other orders run on the carriers left";
            default -> f.spec.gil()
                    ? "; it keeps a core, and the GIL's 5 ms switch interval hands the lock to the other chefs, so they go on"
                    : "; it keeps a core, and the OS preempts a spinning thread, so the other chefs go on";
        };
        return who(f, chef) + spun(f, chef) + others;
    }

    /** The kitchen stopped: every chef that could run is stuck. */
    static String frozen(TaskFloor f, ChefState chef, int stuck) {
        return switch (f.model()) {
            case PROCESS -> who(f, chef) + spun(f, chef) + "; the house is killed";
            case COROUTINE -> "the event loop" + spun(f, chef) + " and never yielded: every other order waited;"
                    + " the kitchen is killed";
            case THREAD -> stuck == 1
                    ? "the only chef" + spun(f, chef) + ": there is no other chef to go on; the kitchen is killed"
                    : "all " + stuck + " chefs are stuck, the first" + spun(f, chef) + "; the kitchen is killed";
            case VIRTUAL -> "all " + f.chefsAtOnce() + " carriers are held by virtual threads that never yield"
                    + " (the JDK does not time-slice them), the first" + spun(f, chef)
                    + ": no other order can run; the kitchen is killed";
        };
    }

    private static String who(TaskFloor f, ChefState chef) {
        return switch (f.model()) {
            case VIRTUAL -> "the virtual thread of order " + chef.order();
            case COROUTINE -> "the event loop";
            default -> "chef " + chef.chef();
        };
    }

    /** {@code " spun on step 'chop' of order 4 with 812 ms of CPU in 1,630 ms (it computes 15 ms)"}. */
    private static String spun(TaskFloor f, ChefState chef) {
        String step = chef.step() >= 0 && chef.step() < f.task.steps().size()
                ? "'" + f.task.steps().get(chef.step()).name() + "'" : "#" + chef.step();
        return " spun on step " + step + " of order " + chef.order() + " with " + chef.cpuNanos() / 1_000_000
                + " ms of CPU in " + chef.sinceNanos() / 1_000_000 + " ms (" + should(f, chef.step()) + ")";
    }

    /** What the step should have cost in CPU. */
    private static String should(TaskFloor f, int step) {
        if (step < 0 || step >= f.task.steps().size()) {
            return "no step computes that long";
        }
        return switch (f.task.steps().get(step).action()) {
            case Step.Action.Cpu(Duration t) -> "it computes " + t.toMillis() + " ms";
            case Step.Action.Wait w -> "a wait, which computes nothing";
            case Step.Action.Block b -> "a blocking call, which computes nothing";
            case Step.Action.Fridge fridge -> "a fridge take, which computes next to nothing";
        };
    }
}
