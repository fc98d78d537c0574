package dev.forkful.engine;

import dev.forkful.level.Model;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kitchen children started before their run is built, so that their JVMs start while the game still
 * reads and checks the level: a kitchen waits for its setup on stdin, so it can be started before
 * anyone knows its spec. A run takes a waiting child whose command is exactly the one it would start
 * (the same flags, C1-only or not); the children it does not take are killed as soon as its kitchens
 * are started, and every one is a registered child ({@link Children}), so the game's exit, whatever
 * it is (a bad level, a bad plan), kills those left.
 *
 * <p>They are started on a thread of their own: the first {@code ProcessBuilder.start} of a JVM costs some
 * 25 ms (the fork, then a logging backend looked up through every jar on the class path, to log the
 * start), which the game's main thread spends building its command line instead. A run that looks for a
 * waiting child waits for that thread first.
 */
public final class Prestart {
    private static final Map<List<String>, List<Process>> WAITING = new HashMap<>();
    /** The thread starting the children of {@link #forPlan}, if it was called. */
    private static Thread starting;

    private Prestart() {
    }

    /**
     * Starts the kitchens that a plan as written names ({@code TASK=MODEL[:N][:nolock]} entries), before the
     * level is read: a {@code process:N} entry N of them, any other one; a coroutine kitchen as one that
     * computes nothing (its recipe's cpu steps are not known yet: when it has some, the run starts a C2
     * kitchen in its place and this one is killed unused). Entries it cannot read start nothing (the
     * plan's parser says what is wrong with them). At most one per core: more would only queue behind
     * each other while the game reads its level.
     */
    public static void forPlan(List<String> entries) {
        List<Model> models = kitchensOf(entries, Runtime.getRuntime().availableProcessors());
        if (models.isEmpty()) {
            return;
        }
        // a lambda: the AOT cache's training runs this path, so its call site is linked ahead, not at each start
        Thread t = Thread.ofPlatform().name("forkful-prestart").unstarted(() -> startAll(models));
        synchronized (WAITING) {
            starting = t;
        }
        t.start();
    }

    /** On the prestart thread: a child per model; an error of its own starts none early (never a stack trace). */
    private static void startAll(List<Model> models) {
        try {
            ChildLauncher launcher = ChildLauncher.forWorker();
            for (Model m : models) {
                start(launcher, m == Model.COROUTINE ? launcher.c1OnlyCommand() : launcher.command());
            }
        } catch (RuntimeException e) {
            // none started early: the run starts its kitchens itself, and says what is wrong if it fails too
        }
    }

    /** Waits until the children {@link #forPlan} asked for are started (or refused). */
    private static void startedAll() {
        Thread t;
        synchronized (WAITING) {
            t = starting;
        }
        if (t == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // a start takes milliseconds: finish waiting, then pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The model of each kitchen that {@code entries} start, in their order, the first {@code max} of them. */
    static List<Model> kitchensOf(List<String> entries, int max) {
        List<Model> kitchens = new ArrayList<>();
        for (String written : entries) {
            PlanEntry entry;
            try {
                entry = PlanEntry.read(written.strip());
            } catch (PlanException e) {
                continue;
            }
            int count = entry.model() == Model.PROCESS && entry.workers() != null ? Math.max(1, entry.workers()) : 1;
            for (int i = 0; i < count && kitchens.size() < max; i++) {
                kitchens.add(entry.model());
            }
        }
        return kitchens;
    }

    /** Starts a child running {@code command} to wait for a run; returns it, or nothing when the OS refused it. */
    static Optional<Process> start(ChildLauncher launcher, List<String> command) {
        try {
            Process p = launcher.start(command);
            synchronized (WAITING) {
                WAITING.computeIfAbsent(command, c -> new ArrayList<>()).add(p);
            }
            return Optional.of(p);
        } catch (IOException e) {
            // not started early: the run starts it, and says so if it fails again
            return Optional.empty();
        }
    }

    /** A live child started early with exactly {@code command}, now the caller's. */
    static Optional<Process> take(List<String> command) {
        startedAll();
        synchronized (WAITING) {
            List<Process> started = WAITING.getOrDefault(command, List.of());
            while (!started.isEmpty()) {
                Process p = started.removeFirst();
                if (p.isAlive()) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /** Kills the children started early that no run took. */
    public static void killUnused() {
        startedAll();
        List<Process> unused = new ArrayList<>();
        synchronized (WAITING) {
            WAITING.values().forEach(unused::addAll);
            WAITING.clear();
        }
        unused.forEach(Children::kill);
    }

    /** How many children wait to be taken (for tests). */
    static int waiting() {
        startedAll();
        synchronized (WAITING) {
            return WAITING.values().stream().mapToInt(List::size).sum();
        }
    }
}
