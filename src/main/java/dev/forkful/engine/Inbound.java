package dev.forkful.engine;

import com.google.gson.JsonObject;
import dev.forkful.protocol.Wire;

/**
 * What reaches the supervisor's inbox: a child's message, a packed line of its events, a line it
 * could not read, a child's end, or a cancel.
 */
sealed interface Inbound {
    /** {@link System#nanoTime()} when it was received. */
    long at();

    record Message(KitchenChild from, JsonObject message, long at) implements Inbound {}

    record Events(KitchenChild from, Wire.Events events, long at) implements Inbound {}

    record Garbage(KitchenChild from, String problem, long at) implements Inbound {}

    record Exited(KitchenChild from, int status, long at) implements Inbound {}

    record Cancel(long at) implements Inbound {}
}
