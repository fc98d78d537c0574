package dev.forkful.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every live kitchen child of this game. A JVM shutdown hook (normal exit, Ctrl-C, SIGTERM) kills
 * what is left; after a SIGKILL of the game the children see their stdin close and exit on their own.
 */
final class Children {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Children::killAll, "forkful-kill-children"));
    }

    private Children() {
    }

    static void register(Process p) {
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
    }

    /** Kills a child now: its stdin closes and the kernel ends it with SIGKILL. */
    static void kill(Process p) {
        try {
            p.getOutputStream().close();
        } catch (java.io.IOException e) {
            // already closed
        }
        p.destroyForcibly();
    }

    static void killAll() {
        LIVE.forEach(Children::kill);
    }
}
