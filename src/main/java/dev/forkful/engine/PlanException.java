package dev.forkful.engine;

/** A plan that does not fit its level; the message has one line per problem. */
public final class PlanException extends Exception {
    public PlanException(String message) {
        super(message);
    }
}
