package dev.forkful.score;

import dev.forkful.level.Model;
import dev.forkful.level.Plain;
import dev.forkful.level.Recipe;
import dev.forkful.level.Task;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The explanations of one task, row by row; the cpu and block rows are {@link LoadStory}'s. */
final class TaskStory {
    final Score.TaskScore ts;
    final Task task;
    final Recipe recipe;
    final int cores;
    final boolean gilLevel;
    private final List<Explain.Reason> out;

    TaskStory(Score.TaskScore ts, Task task, Recipe recipe, int cores, boolean gilLevel, List<Explain.Reason> out) {
        this.ts = ts;
        this.task = task;
        this.recipe = recipe;
        this.cores = cores;
        this.gilLevel = gilLevel;
        this.out = out;
    }

    void tell() {
        crashes();
        freezes();
        LoadStory load = new LoadStory(this);
        load.block();
        load.cpu();
        waits();
        fridge();
        lostDishes();
        many();
    }

    Score.Figures f() {
        return ts.figures();
    }

    Model model() {
        return ts.model();
    }

    /** Thread chefs (or virtual threads) that share the level's GIL. */
    boolean underGil() {
        return gilLevel && (model() == Model.THREAD || model() == Model.VIRTUAL);
    }

    /** {@code 4 soup chefs}, {@code 40 soup virtual threads}, {@code one soup chef}: who cooked the task. */
    String who() {
        long n = units();
        String one = model() == Model.VIRTUAL ? "virtual thread" : "chef";
        return Show.word(n) + " " + task.id() + " " + (n == 1 ? one : one + "s");
    }

    /** The task's cooks: its chefs, or for virtual the virtual threads that ran (at least the orders' peak). */
    long units() {
        return model() == Model.VIRTUAL ? Math.max(1, f().virtualThreads()) : ts.workers();
    }

    void say(Row row, String format, Object... args) {
        out.add(new Explain.Reason(row, ts.task(), model(), Plain.format(format, args)));
    }

    /** Every abnormal end of a kitchen's process is the segfault row, whatever the engine called it. */
    private void crashes() {
        List<Score.CrashRecord> crashes = f().crashes();
        if (crashes.isEmpty()) {
            return;
        }
        int n = crashes.size();
        String dishes = Show.plural(crashes.stream().mapToLong(Score.CrashRecord::dishesLost).sum(), "dish", "dishes");
        String pids = (n == 1 ? "pid " : "pids ") + String.join(", ",
                crashes.stream().limit(3).map(c -> Long.toString(c.pid())).toList()) + (n > 3 ? ", ..." : "");
        String how = String.join("; ", crashes.stream().map(c -> "exit status " + c.exitStatus() + signal(c.exitStatus()))
                .distinct().toList());
        String died = n == 1 ? "died" : "died " + n + " times";
        switch (model()) {
            case PROCESS -> say(Row.SEGFAULT, "%s (%s) burned down, %s: %s lost%s, because each house is its own "
                    + "process with its own memory.", n == 1 ? "A " + task.id() + " house" : n + " " + task.id() + " houses",
                    pids, how, dishes, f().served() > 0 ? ", while the other houses served " + Show.count(f().served()) : "");
            case THREAD -> say(Row.SEGFAULT, "The %s thread kitchen %s (%s), %s, and %s went with it from its %s: a "
                    + "fatal fault ends the whole process, every thread in it.", task.id(), died, pids, how, dishes,
                    Show.plural(ts.workers(), "chef", "chefs"));
            case COROUTINE -> say(Row.SEGFAULT, "The %s event loop's process %s (%s), %s: %s it was juggling were lost, "
                    + "because every coroutine lived in that one process.", task.id(), died, pids, how, dishes);
            case VIRTUAL -> say(Row.SEGFAULT, "The %s virtual-thread kitchen %s (%s), %s: %s lost, because all its "
                    + "virtual threads shared that one process.", task.id(), died, pids, how, dishes);
        }
    }

    /** {@code " (signal 11, SIGSEGV)"} when the status says a signal ended the process (128 + signal). */
    private static String signal(int exitStatus) {
        if (exitStatus <= 128 || exitStatus > 128 + 64) {
            return "";
        }
        int signal = exitStatus - 128;
        String name = switch (signal) {
            case 6 -> ", SIGABRT";
            case 7 -> ", SIGBUS";
            case 9 -> ", SIGKILL";
            case 11 -> ", SIGSEGV";
            case 15 -> ", SIGTERM";
            default -> "";
        };
        return " (signal " + signal + name + ")";
    }

    /**
     * A kitchen the watchdog killed, or one chef found stuck while its kitchen went on. The cause is
     * the engine's own words in brackets; the sentence around it never says them again.
     */
    private void freezes() {
        List<Score.FreezeRecord> stuck = f().freezes().stream().filter(fr -> !fr.killed() && model() != Model.COROUTINE).toList();
        if (!stuck.isEmpty()) {
            stuckChefs(stuck);
        }
        for (Score.FreezeRecord fr : f().freezes()) {
            String still = Show.millis(fr.stalledMs());
            String cause = Show.visible(fr.cause());
            if (fr.killed()) {
                switch (model()) {
                    case COROUTINE -> say(Row.FREEZE, "The %s event loop stood still for %s (%s): while one step keeps "
                            + "the loop's only thread, no other coroutine can run, and the watchdog, seeing that thread "
                            + "keep the CPU on one step, killed the kitchen.", task.id(), still, cause);
                    case PROCESS -> say(Row.FREEZE, "A %s house hung for %s (%s) and the watchdog killed it; a hung house "
                            + "holds up only its own dish.", task.id(), still, cause);
                    case THREAD, VIRTUAL -> say(Row.FREEZE, "The %s kitchen made no progress for %s (%s) and the watchdog "
                            + "killed it, with the dishes in it.", task.id(), still, cause);
                }
            }
        }
    }

    /**
     * Chefs found stuck while their kitchen went on, told once per task: whether any others went on,
     * and what let them, depends on how many were left, the model and the GIL.
     */
    private void stuckChefs(List<Score.FreezeRecord> stuck) {
        int n = stuck.size();
        String served = Show.count(f().served());
        String longest = Show.millis(stuck.stream().mapToLong(Score.FreezeRecord::stalledMs).max().orElse(0));
        List<String> causes = stuck.stream().map(fr -> Show.visible(fr.cause().split("; ")[0])).distinct().toList();
        String why = String.join("; ", causes.subList(0, Math.min(2, causes.size()))) + (causes.size() > 2 ? "; ..." : "");
        String unit = model() == Model.VIRTUAL ? "virtual thread" : "chef";
        String whoStuck = n == 1 ? "One " + task.id() + " " + unit + " was" : Show.count(n) + " " + task.id() + " " + unit + "s were";
        if (model() == Model.VIRTUAL) {
            String carriers = n >= cores
                    ? "so they held all " + cores + " carriers and no other virtual thread could run"
                    : "so the others had " + Show.plural(n, "carrier", "carriers") + " fewer of " + cores + " to run on";
            say(Row.FREEZE, "%s stuck spinning, for up to %s (%s), %s served: a spinning virtual thread keeps its carrier, "
                    + "because the JDK does not time-slice virtual threads, %s.", whoStuck, longest, why, served, carriers);
            return;
        }
        long others = units() - n;
        if (others <= 0) {
            say(Row.FREEZE, "%s stuck, for up to %s (%s): with no other %s free to cook, %s served.", n == 1 && units() == 1
                    ? "The one " + task.id() + " chef was" : "All " + whoStuck.toLowerCase(java.util.Locale.ROOT), longest, why,
                    "chef", served);
        } else if (underGil()) {
            say(Row.FREEZE, "%s stuck, for up to %s (%s), while the other %s cooked on, %s served: a spinning chef holds "
                    + "the GIL, but the GIL makes it hand the lock on every 5 ms (its switch interval), so it cannot hold "
                    + "up the rest.", whoStuck, longest, why, Show.plural(others, "chef", "chefs"), served);
        } else {
            say(Row.FREEZE, "%s stuck, for up to %s (%s), while the other %s cooked on, %s served: the OS preempts a "
                    + "spinning thread, so it cannot hold up the rest.", whoStuck, longest, why,
                    Show.plural(others, "chef", "chefs"), served);
        }
    }

    private void waits() {
        if (recipe.waitNanos() == 0 || f().served() == 0 || f().wallMs() == 0) {
            return;
        }
        double waiting = f().served() * (recipe.waitNanos() / 1e6) / f().wallMs();
        String wait = Show.millis(recipe.waitNanos() / 1e6);
        switch (model()) {
            case COROUTINE, VIRTUAL -> {
                if (waiting > 1.5) {
                    say(Row.WAIT, "The %s waits (%s a dish) overlapped: %s dishes simmered at once on average, because "
                            + "a waiting %s gives the chef to the next dish.", task.id(), wait, Show.decimal(waiting),
                            model() == Model.COROUTINE ? "coroutine" : "virtual thread");
                }
            }
            case PROCESS, THREAD -> {
                double idle = waiting / ts.workers();
                if (idle >= 0.5) {
                    say(Row.WAIT, "The %s of %s spent about %.0f%% of the time waiting (%s a dish): a sleeping chef cooks "
                            + "nothing else, so only as many dishes wait at once as there are chefs.",
                            ts.workers() == 1 ? "one chef" : Show.count(ts.workers()) + " chefs", task.id(), Math.min(100, idle * 100), wait);
                }
            }
        }
    }

    private void fridge() {
        for (String ingredient : recipe.fridge()) {
            long lost = ts.lostUpdates().getOrDefault(ingredient, 0L);
            if (lost > 0) {
                String two = switch (model()) {
                    case COROUTINE -> "two coroutines";
                    case VIRTUAL -> "two virtual threads";
                    case PROCESS, THREAD -> "two chefs";
                };
                say(Row.FRIDGE, "%s%s: %s %s went missing: %s read the same stock, and the later write put back "
                        + "a count that did not know of the earlier take.", task.id(), Score.TaskScore.hasLock(model())
                        && !ts.lock() ? " (nolock)" : "", Show.count(lost), ingredient, two);
            } else if (f().served() > 0) {
                fridgeKeptExact(ingredient);
            }
        }
    }

    private void fridgeKeptExact(String ingredient) {
        switch (model()) {
            case PROCESS -> say(Row.FRIDGE, "No %s went missing in %s: each house took it from the pantry in the "
                    + "supervisor, one round trip per take, and the pantry serves one take at a time.", ingredient, task.id());
            case COROUTINE -> say(Row.FRIDGE, "No %s went missing in %s, with no lock at all: the loop runs one "
                    + "coroutine at a time, and none awaits between reading the stock and writing it.", ingredient, task.id());
            case THREAD, VIRTUAL -> {
                if (ts.lock()) {
                    say(Row.FRIDGE, "The fridge lock kept %s's %s exact: a chef holds it from reading the stock to "
                            + "writing it back.", task.id(), ingredient);
                } else if (units() > 1) {
                    say(Row.FRIDGE, "No %s update was lost in %s this time, even without the lock: a lost update needs "
                            + "two chefs between read and write at the same moment, and they did not meet.", ingredient,
                            task.id());
                }
            }
        }
    }

    private void lostDishes() {
        for (Map.Entry<String, Long> e : ts.lostReasons().entrySet()) {
            String reason = e.getKey() == null ? "" : e.getKey();
            String dishes = Show.plural(e.getValue(), task.id() + " dish", task.id() + " dishes");
            if (reason.toLowerCase(Locale.ROOT).contains("exception")) {
                say(Row.EXCEPTION, "%s lost to an exception, and the kitchen went on (%s served): an exception ends one "
                        + "dish, not the chef or the kitchen.", dishes, Show.count(f().served()));
            } else if (f().crashes().isEmpty() && f().freezes().stream().noneMatch(Score.FreezeRecord::killed)) {
                say(lostRow(reason), "%s lost: %s.", dishes, Show.visible(reason));
            }
        }
    }

    /** The row a lost dish's reason belongs to: a frozen chef, an empty fridge, else more orders than the time allowed. */
    private static Row lostRow(String reason) {
        if (reason.contains("froze")) {
            return Row.FREEZE;
        }
        return reason.startsWith("out of ") ? Row.FRIDGE : Row.MANY_ORDERS;
    }

    /** How much one unit weighed, when the kitchen held many at once. */
    private void many() {
        Score.Figures f = f();
        long units = switch (model()) {
            case PROCESS -> f.processes();
            case THREAD -> f.threads();
            case COROUTINE -> f.coroutines();
            case VIRTUAL -> f.virtualThreads();
        };
        long enough = model() == Model.PROCESS ? 4 : model() == Model.THREAD ? 100 : 1000;
        if (units < enough) {
            return;
        }
        String what = switch (model()) {
            case PROCESS -> "processes, each a whole program with its own memory";
            case THREAD -> "threads, each with its own stack and a kernel stack";
            case COROUTINE -> "coroutines, each a small object on the loop's heap";
            case VIRTUAL -> "virtual threads, each a stack chunk on the heap";
        };
        say(Row.MANY_ORDERS, "%s held %s %s, %s.", task.id(), Show.count(units), what, memory(f));
    }

    /**
     * The kitchens' memory added up by PSS, which splits each shared page (the JVM's code, its AOT
     * archive) among the processes that map it; RSS beside it where several processes each count
     * those pages whole.
     */
    private static String memory(Score.Figures f) {
        if (!f.pssMeasured()) {
            return "in memory " + Memory.NOT_MEASURED;
        }
        String pss = Memory.of(f.peakPssMb(), "in %.1f MB all told (PSS: a page they share is split among them)");
        return f.processes() > 1 ? pss + Memory.of(f.peakRssMb(), "; their RSS adds up to %.1f MB, counting it in each") : pss;
    }
}
