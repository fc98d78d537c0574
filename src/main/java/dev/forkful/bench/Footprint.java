package dev.forkful.bench;

import dev.forkful.worker.ProcStatus;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What a process measures of its own memory: its private pages (USS, Linux
 * {@code /proc/self/smaps_rollup}), the kernel's stacks (system-wide {@code /proc/meminfo}: a
 * thread's kernel stack is in no process's pages), and the Java heap in use after a full collection.
 */
final class Footprint {
    private static final Path MEMINFO = Path.of("/proc/meminfo");

    private Footprint() {
    }

    /** Private bytes (USS) of this process, empty where there is no {@code /proc}. */
    static OptionalLong privateBytes() {
        return Rollup.self().map(r -> OptionalLong.of(r.ussBytes())).orElse(OptionalLong.empty());
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
