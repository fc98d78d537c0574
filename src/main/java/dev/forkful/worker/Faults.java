package dev.forkful.worker;

import dev.forkful.level.Fault;

/** Makes the fault the supervisor chose for a step really happen. */
final class Faults {
    private Faults() {
    }

    static void strike(Fault.Kind kind, String step, Stove stove) throws InterruptedException {
        switch (kind) {
            case EXCEPTION -> throw new StepException(step);
            case SEGFAULT -> Crash.segfault();
            case FREEZE -> stove.freeze();
        }
    }

    static String lostReason(RuntimeException e) {
        return "exception: " + e.getMessage();
    }

    static String outOf(String ingredient) {
        return "out of " + ingredient;
    }
}
