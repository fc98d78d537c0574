package dev.forkful.timeline;

/**
 * Something that went wrong, where and when: a crash (at its kitchen's death), a freeze or a stall (from
 * when progress stopped to when it was seen), a lost order, a race found by the fridge audit.
 * {@code kitchen} is -1 where the event names no kitchen.
 */
public record Mark(long fromNanos, long atNanos, String task, int kitchen, Kind kind, String what) {
    public enum Kind { CRASH, FREEZE, STALL, LOST, RACE }
}
