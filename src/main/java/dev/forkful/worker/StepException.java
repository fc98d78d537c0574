package dev.forkful.worker;

/** The exception a faulty step really throws; its chef or loop catches it and loses only that dish. */
final class StepException extends RuntimeException {
    StepException(String step) {
        super("step '" + step + "' threw: the dish slipped off the counter");
    }
}
