package dev.forkful.bench;

import com.google.gson.stream.JsonWriter;
import dev.forkful.level.Model;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;

/**
 * The child side of a bench probe ({@code forkful bench --probe MODEL N}, hidden): a fresh process
 * that creates {@code N} idle units of the model (none for {@code process}: the process itself is
 * the unit), measures itself before and after, replies with one JSON line, then echoes every byte
 * of its stdin back (the parent's ping-pong between two processes) and exits when its stdin closes.
 */
public final class Probe {
    private Probe() {
    }

    /**
     * The most units a probe holds, ten times what bench asks for: a platform thread takes a kernel
     * task and a stack, so a count near the system's limit would only create threads until it fails;
     * virtual threads and pending coroutines are heap objects. A process probe holds none.
     */
    public static int maxUnits(Model model) {
        return switch (model) {
            case PROCESS -> 0;
            case THREAD -> 10_000;
            case VIRTUAL, COROUTINE -> 1_000_000;
        };
    }

    public static int run(Model model, int units) throws IOException, InterruptedException {
        long heapBefore = Footprint.heapAfterGc();
        OptionalLong ussBefore = Footprint.privateBytes();
        OptionalLong stackBefore = Footprint.kernelStackBytes();
        hold(model, units);
        OptionalLong stackAfter = Footprint.kernelStackBytes();
        // private memory before the collection below, which may hand heap pages back and hide the units' cost
        OptionalLong ussAfter = Footprint.privateBytes();
        long heapAfter = Footprint.heapAfterGc();

        PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("model").value(model.id());
        json.name("units").value(units);
        json.name("heap_before").value(heapBefore);
        json.name("heap_after").value(heapAfter);
        json.name("uss_before").value(ussBefore.orElse(-1));
        json.name("uss_after").value(ussAfter.orElse(-1));
        json.name("kernel_stack_before").value(stackBefore.orElse(-1));
        json.name("kernel_stack_after").value(stackAfter.orElse(-1));
        json.endObject();
        json.flush();
        out.println();
        out.flush();
        echo();
        return 0;
    }

    /** Creates {@code n} units that stay idle until the process ends; returns once all are idle. */
    private static void hold(Model model, int n) throws InterruptedException {
        switch (model) {
            case PROCESS -> { }
            case THREAD -> park(Thread.ofPlatform().daemon(), n);
            case VIRTUAL -> park(Thread.ofVirtual(), n);
            case COROUTINE -> LoopCosts.holdPending(n);
        }
    }

    private static void park(Thread.Builder builder, int n) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(n);
        CountDownLatch never = new CountDownLatch(1);
        for (int i = 0; i < n; i++) {
            builder.start(() -> {
                started.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        started.await();
    }

    /** One byte in, the same byte out, unbuffered: each is one round trip through the pipes. */
    private static void echo() throws IOException {
        InputStream in = System.in;
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        for (int b; (b = in.read()) >= 0; ) {
            out.write(b);
        }
    }
}
