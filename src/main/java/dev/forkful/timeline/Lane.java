package dev.forkful.timeline;

import dev.forkful.level.Model;
import java.util.List;

/**
 * One row of the timeline: a chef of a kitchen (a thread, a virtual thread, a coroutine kitchen's loop) or
 * a house of its own (a process). {@code pid} is the kitchen's real process id; spans are in time order.
 */
public record Lane(String task, int kitchen, long pid, Model model, int chef, List<Span> spans) {
    public Lane {
        spans = List.copyOf(spans);
    }

    /** "salad chef 1", "soup loop", "salad house 2", "skewers order 17" (a virtual thread per order). */
    public String label() {
        return switch (model) {
            case PROCESS -> task + " house " + kitchen;
            case COROUTINE -> task + " loop";
            case VIRTUAL -> task + " order " + chef;
            case THREAD -> task + " chef " + chef;
        };
    }
}
