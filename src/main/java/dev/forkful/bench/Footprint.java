package dev.forkful.bench;

import dev.forkful.worker.ProcStatus;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What a process measures of its own memory: resident set (Linux {@code /proc/self/status}), the
 * kernel's stacks (system-wide {@code /proc/meminfo}: a thread's kernel stack is not in any RSS),
 * and the Java heap in use after a full collection.
 */
final class Footprint {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path MEMINFO = Path.of("/proc/meminfo");

    private Footprint() {
    }

    /** Resident bytes of this process, empty where there is no {@code /proc}. */
    static OptionalLong residentBytes() {
        return residentBytes(STATUS);
    }

    /** Resident bytes of the process whose {@code /proc/PID/status} this is. */
    static OptionalLong residentBytes(Path status) {
        return ProcStatus.bytes(status, "VmRSS");
    }

    /** Bytes of kernel stack of all threads on the machine, empty where there is no {@code /proc}. */
    static OptionalLong kernelStackBytes() {
        return ProcStatus.bytes(MEMINFO, "KernelStack");
    }

    /** Heap bytes still reachable: collects first, twice, so that garbage is not counted. */
    static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
