import java.util.Arrays;
import java.util.concurrent.Executors;

/**
 * The peer in Java: N virtual threads that each sleep WAIT ms. Prints its own wall and median latency
 * (each thread's end since the start) as JSON, like forkful's run --json.
 * Usage: java VirtualSleeps.java N WAIT_MS (scripts/bench-peers compiles it first, so javac is not timed).
 */
public class VirtualSleeps {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        long waitMs = Long.parseLong(args[1]);
        long[] ends = new long[n];
        long start = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                int order = i;
                threads.submit(() -> {
                    Thread.sleep(waitMs);
                    ends[order] = System.nanoTime() - start;
                    return null;
                });
            }
        }
        long wall = System.nanoTime() - start;
        Arrays.sort(ends);
        System.out.printf("{\"wall_ms\": %.1f, \"p50_ms\": %.1f}%n", wall / 1e6, ends[n / 2] / 1e6);
    }
}
