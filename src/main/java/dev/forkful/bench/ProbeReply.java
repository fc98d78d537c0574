package dev.forkful.bench;

import com.google.gson.JsonObject;
import dev.forkful.level.Model;

/**
 * What a probe child measured of itself before and after creating its idle units; -1 where the
 * system could not tell (no {@code /proc}).
 */
record ProbeReply(int units, long heapBefore, long heapAfter, long ussBefore, long ussAfter,
        long kernelStackBefore, long kernelStackAfter) {

    static ProbeReply parse(JsonObject json) {
        return new ProbeReply(json.get("units").getAsInt(),
                json.get("heap_before").getAsLong(), json.get("heap_after").getAsLong(),
                json.get("uss_before").getAsLong(), json.get("uss_after").getAsLong(),
                json.get("kernel_stack_before").getAsLong(), json.get("kernel_stack_after").getAsLong());
    }

    /**
     * The memory one idle unit holds: a platform thread's private memory (USS: its stack pages, its
     * JVM structures) plus its kernel stack, which no process's pages count; the heap a virtual thread
     * or a coroutine keeps reachable (their stacks and state live on the heap).
     */
    long bytesPerUnit(Model model) {
        return switch (model) {
            case PROCESS -> throw new IllegalArgumentException("a process is measured as a kitchen child");
            case THREAD -> {
                if (ussAfter < 0 || ussBefore < 0) {
                    yield -1;
                }
                long kernel = kernelStackAfter < 0 || kernelStackBefore < 0 ? 0 : kernelStackAfter - kernelStackBefore;
                yield Math.round((double) (ussAfter - ussBefore + kernel) / units);
            }
            case VIRTUAL, COROUTINE -> Math.round((double) (heapAfter - heapBefore) / units);
        };
    }
}
