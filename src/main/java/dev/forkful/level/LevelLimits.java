package dev.forkful.level;

import java.time.Duration;

/** Caps that protect a machine from a hostile or careless level file. */
public final class LevelLimits {
    public static final int MAX_PROCESSES = 64;
    public static final int MAX_THREADS = 10_000;
    public static final int MAX_COROUTINES = 1_000_000;
    /** Orders of all tasks of one level together. */
    public static final int MAX_ORDERS = 1_000_000;

    public static final int MAX_FILE_BYTES = 1 << 20;
    public static final int MAX_TASKS = 64;
    public static final int MAX_STEPS = 100;
    public static final int MAX_HINTS = 20;
    public static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(10);
    public static final long MAX_FRIDGE_STOCK = 1_000_000_000L;
    public static final int MAX_CHAPTER = 999;

    /** Limits on the TOML itself, so that the parser never meets a pathological document. */
    static final int MAX_NESTING = 8;
    static final int MAX_ARRAY_ITEMS = 1_000;
    static final int MAX_KEYS = 20_000;

    private LevelLimits() {
    }

    /** The most workers (or, for coroutines, concurrent dishes) a task may have under this model. */
    public static int maxWorkers(Model model) {
        return switch (model) {
            case PROCESS -> MAX_PROCESSES;
            case THREAD -> MAX_THREADS;
            case COROUTINE, VIRTUAL -> MAX_COROUTINES;
        };
    }
}
