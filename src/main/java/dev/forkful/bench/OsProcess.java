package dev.forkful.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An OS process with no JVM in it, for what the process model costs the operating system itself:
 * {@code /bin/true} started and waited for, two ways. libc's {@code posix_spawn} through the foreign
 * function interface is the bare cost (glibc spawns with a vfork-style clone, then exec); Java's
 * {@code ProcessBuilder} adds its own: on Linux it spawns the JDK's {@code jspawnhelper}, which execs
 * the program, three pipes, and a reaper thread that waits for the exit. And the memory of an idle
 * {@code /bin/sleep}.
 */
final class OsProcess {
    static final String TINY = "/bin/true";
    static final String IDLE = "/bin/sleep";
    private static final long IDLE_WITHIN_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final Spawn SPAWN = Spawn.link();

    private OsProcess() {
    }

    /** Whether libc's {@code posix_spawn} could be called from here (not in every runtime or OS). */
    static boolean canSpawn() {
        return SPAWN != null && Files.isExecutable(Path.of(TINY));
    }

    /** Nanoseconds to start {@code n} {@code /bin/true}s with {@code posix_spawn}, one after another, each until it exits. */
    static long spawnAndWait(int n) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            SPAWN.run(TINY);
        }
        return System.nanoTime() - start;
    }

    /** The same through {@code ProcessBuilder}: start, then wait for the exit and close the pipes. */
    static long builderAndWait(int n) {
        long start = System.nanoTime();
        try {
            for (int i = 0; i < n; i++) {
                Process p = new ProcessBuilder(TINY).start();
                p.waitFor();
                p.getOutputStream().close();
                p.getInputStream().close();
                p.getErrorStream().close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + TINY + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + TINY, e);
        }
        return System.nanoTime() - start;
    }

    /** The memory of a {@code /bin/sleep} once it sleeps; empty where there is no {@code /proc}. */
    static Optional<Rollup> idleMemory() throws IOException {
        if (!Files.isExecutable(Path.of(IDLE)) || Rollup.self().isEmpty()) {
            return Optional.empty();
        }
        Process sleep = new ProcessBuilder(IDLE, "60").start();
        try {
            Path stat = Path.of("/proc", Long.toString(sleep.pid()), "stat");
            long deadline = System.nanoTime() + IDLE_WITHIN_NANOS;
            // asleep in its nanosleep: exec and the loader are done
            while (!sleeping(Files.readString(stat)) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            return Rollup.of(sleep.pid());
        } finally {
            sleep.destroyForcibly();
            try {
                sleep.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code /proc/PID/stat}: {@code pid (comm) state ...}; the state of a sleeping {@code sleep} is S. */
    static boolean sleeping(String stat) {
        int close = stat.lastIndexOf(')');
        return close > 0 && stat.substring(stat.indexOf('(') + 1, close).equals("sleep")
                && stat.startsWith(" S", close + 1);
    }

    /** libc's posix_spawn and waitpid, linked once. */
    private record Spawn(MethodHandle spawn, MethodHandle waitpid) {
        static Spawn link() {
            try {
                Linker linker = Linker.nativeLinker();
                var libc = linker.defaultLookup();
                return new Spawn(
                        linker.downcallHandle(libc.find("posix_spawn").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                                ValueLayout.ADDRESS, ValueLayout.ADDRESS)),
                        linker.downcallHandle(libc.find("waitpid").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT)));
            } catch (RuntimeException | LinkageError e) {
                // no foreign function interface here (a native image without it, an OS without posix_spawn)
                return null;
            }
        }

        /** Spawns {@code program} with no arguments and an empty environment, and waits for it to exit. */
        void run(String program) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment pid = arena.allocate(ValueLayout.JAVA_INT);
                MemorySegment path = arena.allocateFrom(program);
                MemorySegment argv = arena.allocate(ValueLayout.ADDRESS, 2);
                argv.setAtIndex(ValueLayout.ADDRESS, 0, path);
                argv.setAtIndex(ValueLayout.ADDRESS, 1, MemorySegment.NULL);
                MemorySegment envp = arena.allocate(ValueLayout.ADDRESS, 1);
                MemorySegment status = arena.allocate(ValueLayout.JAVA_INT);
                int rc = (int) spawn.invokeExact(pid, path, MemorySegment.NULL, MemorySegment.NULL, argv, envp);
                if (rc != 0) {
                    throw new IllegalStateException("posix_spawn of " + program + " failed: error " + rc);
                }
                int child = pid.get(ValueLayout.JAVA_INT, 0);
                if ((int) waitpid.invokeExact(child, status, 0) != child) {
                    throw new IllegalStateException("waitpid for " + program + " (pid " + child + ") failed");
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("posix_spawn of " + program + " failed", e);
            }
        }
    }
}
