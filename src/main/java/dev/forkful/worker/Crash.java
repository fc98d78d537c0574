package dev.forkful.worker;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * A real segmentation fault: a write to address 0. The kernel sends SIGSEGV; the JVM's fatal-error
 * handler writes its crash log (where {@code -XX:ErrorFile} points) and calls abort(), so the process
 * ends by SIGABRT (status 134 as a shell shows it). Measured on JDK 25: with
 * {@code -XX:-CreateCoredumpOnCrash} the JVM calls {@code _exit(1)} instead, an exit status that
 * cannot be told from an ordinary error, so we keep core dumps "on" and set the core-file limit to 0
 * first: the JVM then says "No core dump will be written" and still aborts.
 * The JVM prints its fatal-error summary ({@code #  SIGSEGV (0xb) at pc=...}) on file descriptor 1
 * whatever its flags say (measured: also with -XX:+DisplayVMOutputToStderr); the supervisor reads
 * those '#' lines off the protocol's stdout and names the signal from them.
 */
public final class Crash {
    private static final int RLIMIT_CORE = 4;
    private static final MethodHandle SETRLIMIT = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("setrlimit").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    private Crash() {
    }

    public static void segfault() {
        disableCoreFiles();
        System.out.flush(); // what the kitchen reported so far reaches the supervisor first
        MemorySegment.NULL.reinterpret(Long.BYTES).set(ValueLayout.JAVA_LONG, 0, 0xDEADL);
        throw new IllegalStateException("a write to address 0 did not crash this process");
    }

    /**
     * setrlimit(RLIMIT_CORE, {0, 0}): no core file lands in the player's folder (Linux and macOS share
     * the number). Calling it early also links the native call, which takes 0.2 to 1 s the first time,
     * so that a segfault ends its process at once.
     */
    public static void disableCoreFiles() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment limit = arena.allocate(2 * Long.BYTES);
            int ignored = (int) SETRLIMIT.invokeExact(RLIMIT_CORE, limit);
        } catch (Throwable e) {
            throw new IllegalStateException("setrlimit failed", e);
        }
    }
}
