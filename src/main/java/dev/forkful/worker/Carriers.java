package dev.forkful.worker;

import java.util.List;

/** What can be seen of the JDK's virtual-thread scheduler from outside: its carriers, and who runs. */
final class Carriers {
    private static final String CARRIER_CLASS = "jdk.internal.misc.CarrierThread";
    private static final String VIRTUAL_THREAD_CLASS = "java.lang.VirtualThread";
    private static final String NATIVE_CALL_CLASS = Blocking.class.getName();

    private Carriers() {
    }

    /** The scheduler's carrier threads now (one per core unless the JDK added more). */
    static List<Thread> find() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getClass().getName().equals(CARRIER_CLASS))
                .toList();
    }

    /**
     * Whether a virtual thread is mounted and running: its stack is empty before it first ran,
     * tops in the JDK's park when it waits (for time, a lock or a carrier), and holds
     * {@link Blocking} while it sleeps in a native call that keeps its carrier but uses no CPU.
     */
    static boolean running(Thread virtual) {
        StackTraceElement[] stack = virtual.getStackTrace();
        if (stack.length == 0 || stack[0].getClassName().equals(VIRTUAL_THREAD_CLASS)) {
            return false;
        }
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(NATIVE_CALL_CLASS)) {
                return false;
            }
        }
        return true;
    }
}
