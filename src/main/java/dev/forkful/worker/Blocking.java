package dev.forkful.worker;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * A real blocking call: libc's {@code usleep} through the foreign function interface, a system call
 * the Java runtime cannot see into. It holds whatever runs it: a chef thread, the event loop, and a
 * virtual thread's carrier. Measured on JDK 25 (2 cores, 8 virtual threads x 200 ms): Thread.sleep,
 * sleep inside synchronized (JEP 491) and Object.wait all unmount (201-206 ms wall), while this native
 * call and a busy spin keep their carriers (810 and 848 ms: two at a time).
 */
final class Blocking {
    private static final MethodHandle USLEEP = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("usleep").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    /** POSIX allows usleep to refuse a second or more: longer calls are made in pieces. */
    private static final long MAX_MICROS = 500_000;

    private Blocking() {
    }

    /** Links the native call now (the first link takes a few hundred ms), not in the first step. */
    static void prepare() {
        usleep(0);
    }

    static void call(long nanos) {
        long start = System.nanoTime();
        for (long left = nanos / 1_000; left > 0; left -= MAX_MICROS) {
            usleep((int) Math.min(left, MAX_MICROS));
        }
        BlockedTime.add(System.nanoTime() - start);
    }

    private static void usleep(int micros) {
        try {
            int ignored = (int) USLEEP.invokeExact(micros);
        } catch (Throwable e) {
            throw new IllegalStateException("usleep failed", e);
        }
    }
}
