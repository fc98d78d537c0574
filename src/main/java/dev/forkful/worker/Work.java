package dev.forkful.worker;

/**
 * Calibrated computation: a xorshift loop whose result is published to a volatile sink, so the JIT
 * can neither drop nor shorten it. One unit is one xorshift round.
 */
public final class Work {
    private static volatile long sink = 0x9E3779B97F4A7C15L;

    private Work() {
    }

    public static void run(long units) {
        long x = sink;
        for (long i = 0; i < units; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        sink = x == 0 ? 1 : x;
    }
}
