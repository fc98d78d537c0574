package dev.forkful.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every live kitchen child of this game. A JVM shutdown hook (normal exit, Ctrl-C, SIGTERM) kills
 * what is left, and removes the fatal-error log of a child that was crashing as the game ended
 * (nobody is left to read it); after a SIGKILL of the game the children see their stdin close and
 * exit on their own.
 */
final class Children {
    /** How long the last exit waits for killed children to be gone before it sweeps their logs. */
    private static final long REAP_MILLIS = 500;
    private static final Map<Process, Path> LIVE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Children::killAll, "forkful-kill-children"));
    }

    private Children() {
    }

    /** @param crashLog where the child's JVM would write its fatal-error report */
    static void register(Process p, Path crashLog) {
        LIVE.put(p, crashLog);
        p.onExit().thenRun(() -> LIVE.remove(p));
    }

    /** Kills a child now: its stdin closes and the kernel ends it with SIGKILL. */
    static void kill(Process p) {
        try {
            p.getOutputStream().close();
        } catch (IOException e) {
            // already closed
        }
        p.destroyForcibly();
    }

    static void killAll() {
        Map<Process, Path> left = Map.copyOf(LIVE);
        left.keySet().forEach(Children::kill);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REAP_MILLIS);
        left.forEach((p, log) -> {
            try {
                p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                Files.deleteIfExists(log);
            } catch (IOException e) {
                // the temp folder keeps it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
