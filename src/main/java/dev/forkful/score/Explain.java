package dev.forkful.score;

import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Recipe;
import dev.forkful.level.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What happened in a run and why, in plain words. Each reason is tied to the truth-table row
 * (DESIGN.md section 1) that caused it: a situation of the recipe crossed with the task's model.
 * Every sentence is built from the measured figures and the level's recipe; a sentence that the
 * figures do not back is not said.
 */
public final class Explain {
    /** Over this many cores busy on average, chopping really ran side by side. */
    private static final double PARALLEL = 1.2;
    /** Under half a core busy on average, the chopping did not decide the wall time: nothing to say of it. */
    private static final double CPU_MATTERS = 0.5;

    private Explain() {
    }

    /**
     * One explanation.
     *
     * @param situation the truth-table row: cpu, wait, block, exception, segfault, freeze, fridge,
     *                  many orders, or stars
     * @param model     the column, or null for the stars
     */
    public record Reason(String situation, Model model, String text) {}

    /** The explanations as lines of text, tasks in the level's order. */
    public static List<String> lines(Score score, Level level) {
        return reasons(score, level).stream().map(Reason::text).toList();
    }

    public static List<Reason> reasons(Score score, Level level) {
        List<Reason> out = new ArrayList<>();
        for (Score.TaskScore ts : score.tasks()) {
            level.task(ts.task()).ifPresent(task -> {
                if (ts.model() != null) {
                    new TaskStory(ts, task, Recipe.of(task), score.cores(), level.kitchen().gil(), out).tell();
                }
            });
        }
        stars(score, out);
        return out;
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

    private static void stars(Score score, List<Reason> out) {
        List<Score.StarCheck> checks = score.starChecks();
        if (!score.finished() || score.stars() >= checks.size()) {
            return;
        }
        Score.StarCheck next = checks.get(score.stars());
        out.add(new Reason("stars", null, String.format(Locale.ROOT, "You earned %s %s of %s; %s fell short: %s.",
                Show.word(score.stars()), score.stars() == 1 ? "star" : "stars", Show.word(checks.size()), nth(score.stars() + 1),
                String.join("; ", next.unmet()))));
    }

    /** {@code the second star}: the rule's own name is an id for the level file, not for the player. */
    private static String nth(int star) {
        return switch (star) {
            case 1 -> "the first star";
            case 2 -> "the second star";
            case 3 -> "the third star";
            case 4 -> "the fourth star";
            case 5 -> "the fifth star";
            default -> "star " + star;
        };
    }

    /** The explanations of one task. */
    private record TaskStory(Score.TaskScore ts, Task task, Recipe recipe, int cores, boolean gilLevel, List<Reason> out) {

        void tell() {
            crashes();
            freezes();
            stalls();
            cpu();
            waits();
            fridge();
            lostDishes();
            many();
        }

        private Score.Figures f() {
            return ts.figures();
        }

        private Model model() {
            return ts.model();
        }

        private void say(String situation, String format, Object... args) {
            out.add(new Reason(situation, model(), String.format(Locale.ROOT, format, args)));
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
                case PROCESS -> say("segfault", "%s (%s) burned down, %s: %s lost%s, because each house is its own "
                        + "process with its own memory.", n == 1 ? "A " + task.id() + " house" : n + " " + task.id() + " houses",
                        pids, how, dishes, f().served() > 0 ? ", while the other houses served " + Show.count(f().served()) : "");
                case THREAD -> say("segfault", "The %s thread kitchen %s (%s), %s, and %s went with it from its %s: a "
                        + "fatal fault ends the whole process, every thread in it.", task.id(), died, pids, how, dishes,
                        Show.plural(ts.workers(), "chef", "chefs"));
                case COROUTINE -> say("segfault", "The %s event loop's process %s (%s), %s: %s it was juggling were lost, "
                        + "because every coroutine lived in that one process.", task.id(), died, pids, how, dishes);
                case VIRTUAL -> say("segfault", "The %s virtual-thread kitchen %s (%s), %s: %s lost, because all its "
                        + "virtual threads shared that one process.", task.id(), died, pids, how, dishes);
            }
        }

        private void freezes() {
            for (Score.FreezeRecord fr : f().freezes()) {
                String still = Show.millis(fr.stalledMs());
                if (fr.killed()) {
                    switch (model()) {
                        case COROUTINE -> say("freeze", "The %s event loop stood still for %s (%s): a step never yielded, so no "
                                + "other coroutine could run, and the watchdog, hearing no heartbeat, killed the kitchen.",
                                task.id(), still, fr.cause());
                        case PROCESS -> say("freeze", "A %s house hung for %s (%s) and the watchdog killed it; a hung house "
                                + "holds up only its own dish.", task.id(), still, fr.cause());
                        case THREAD, VIRTUAL -> say("freeze", "The %s kitchen made no progress for %s (%s) and the watchdog "
                                + "killed it: every one of its chefs was stuck.", task.id(), still, fr.cause());
                    }
                } else if (model() != Model.COROUTINE) {
                    say("freeze", "One %s chef was stuck for %s (%s) while the others cooked on, %s served: the OS "
                            + "preempts a spinning thread, so it cannot hold up the rest.", task.id(), still, fr.cause(),
                            Show.count(f().served()));
                }
            }
        }

        /**
         * A stall is a step that held an event loop and let it go again, summed per task: the block
         * row when a blocking step of the recipe did it, the cpu row when computing did.
         */
        private void stalls() {
            List<Score.FreezeRecord> stalls = f().freezes().stream()
                    .filter(fr -> !fr.killed() && model() == Model.COROUTINE).toList();
            List<Score.FreezeRecord> blocked = stalls.stream().filter(this::byBlockingStep).toList();
            List<Score.FreezeRecord> computed = stalls.stream().filter(fr -> !byBlockingStep(fr)).toList();
            if (!blocked.isEmpty()) {
                say("block", "The %s event loop was held %s: a blocking call keeps the loop's only thread, so every "
                        + "other coroutine waited with it.", task.id(), held(blocked));
            }
            if (!computed.isEmpty()) {
                say("cpu", "The %s event loop was held %s: while one coroutine computes, no other can run, not even "
                        + "one whose timer is due.", task.id(), held(computed));
            }
        }

        /** Whether the stall names a blocking step of the recipe, or the recipe has nothing else that blocks. */
        private boolean byBlockingStep(Score.FreezeRecord stall) {
            if (recipe.blockSteps().stream().anyMatch(name -> stall.cause().contains(name))) {
                return true;
            }
            return !recipe.blockSteps().isEmpty() && recipe.cpuNanos() == 0;
        }

        private static String held(List<Score.FreezeRecord> stalls) {
            long ms = stalls.stream().mapToLong(Score.FreezeRecord::stalledMs).sum();
            String causes = String.join("; ", stalls.stream().map(Score.FreezeRecord::cause).distinct().limit(2).toList());
            return Show.plural(stalls.size(), "time", "times") + " for " + Show.millis(ms) + " in all (" + causes
                    + (stalls.stream().map(Score.FreezeRecord::cause).distinct().count() > 2 ? "; ..." : "") + ")";
        }

        /** Cores kept busy by the recipe's cpu work on average: cpu of the served dishes over the wall time. */
        private void cpu() {
            if (recipe.cpuNanos() == 0 || f().served() == 0 || f().wallMs() == 0) {
                return;
            }
            double busy = f().served() * (recipe.cpuNanos() / 1e6) / f().wallMs();
            if (busy < CPU_MATTERS) {
                return;
            }
            String chop = Show.millis(recipe.cpuNanos() / 1e6);
            boolean gil = gilLevel && (model() == Model.THREAD || model() == Model.VIRTUAL);
            if (model() == Model.COROUTINE && busy <= PARALLEL) {
                say("cpu", "The %s coroutine chef did its chopping (%s a dish) one dish at a time, %s of %d cores busy "
                        + "on average: an event loop is one thread, and one thread uses one core.", task.id(), chop,
                        Show.decimal(busy), cores);
            } else if (gil && busy <= PARALLEL) {
                say("cpu", "Under the GIL the %s %s chefs took turns at chopping, %s of %d cores busy on average: only "
                        + "the chef holding the global lock may compute.", Show.word(ts.workers()), task.id(), Show.decimal(busy), cores);
            } else if (model() != Model.COROUTINE && !gil && busy > PARALLEL) {
                say("cpu", "The %s chefs chopped side by side, %s of %d cores busy on average: %s run on all cores at once%s.",
                        task.id(), Show.decimal(busy), cores, model() == Model.PROCESS ? "separate processes" : "threads",
                        ts.workers() > cores && model() != Model.VIRTUAL ? ", though no more chefs than cores can chop at once" : "");
            } else if ((model() == Model.PROCESS || model() == Model.THREAD) && !gil && ts.workers() > 1 && cores > 1) {
                tookTurns(busy);
            } else if (ts.workers() == 1 && model() != Model.VIRTUAL && model() != Model.COROUTINE && busy <= PARALLEL && cores > 1) {
                say("cpu", "The one %s chef chopped one dish at a time, %s of %d cores busy on average: more workers "
                        + "could use the other cores.", task.id(), Show.decimal(busy), cores);
            }
        }

        /**
         * Parallel chefs that did not chop side by side: what the kitchens' measured CPU over the
         * task's wall says, and why only when the figures show it (a recipe of nothing but chopping
         * with all orders at once leaves no chef without work, so the cores were busy with something else).
         */
        private void tookTurns(double busy) {
            double used = f().cpuMs() / (double) f().wallMs();
            String plan = model().id() + ":" + ts.workers();
            String measured = String.format(Locale.ROOT, "%s used on average %s cores of this machine's %d while cooking (%s of CPU in %s)",
                    plan, Show.decimal(used), cores, Show.millis(f().cpuMs()), Show.millis(f().wallMs()));
            boolean onlyChopping = recipe.waitNanos() == 0 && recipe.blockSteps().isEmpty() && recipe.fridge().isEmpty();
            if (onlyChopping && task.arrive().every().isZero() && used <= PARALLEL) {
                say("cpu", "%s: every order was there from the start, so no chef lacked work; other programs were using the "
                        + "cores (this machine was busy), so the parallel chefs took turns.", measured);
            } else {
                say("cpu", "%s: the %s chefs' chopping (%s a dish, %s of a core's work on average) did not overlap enough "
                        + "to beat one core.", measured, task.id(), Show.millis(recipe.cpuNanos() / 1e6), Show.decimal(busy));
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
                        say("wait", "The %s waits (%s a dish) overlapped: %s dishes simmered at once on average, because "
                                + "a waiting %s gives the chef to the next dish.", task.id(), wait, Show.decimal(waiting),
                                model() == Model.COROUTINE ? "coroutine" : "virtual thread");
                    }
                }
                case PROCESS, THREAD -> {
                    double idle = waiting / ts.workers();
                    if (idle >= 0.5) {
                        say("wait", "The %s of %s spent about %.0f%% of the time waiting (%s a dish): a sleeping chef cooks "
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
                    say("fridge", "%s%s: %s %s went missing: two chefs read the same stock, and the later write put back "
                            + "a count that did not know of the earlier take.", task.id(), ts.lock() ? "" : " (nolock)",
                            Show.count(lost), ingredient);
                } else if (f().served() > 0) {
                    fridgeKeptExact(ingredient);
                }
            }
        }

        private void fridgeKeptExact(String ingredient) {
            switch (model()) {
                case PROCESS -> say("fridge", "No %s went missing in %s: each house took it from the pantry in the "
                        + "supervisor, one round trip per take, and the pantry serves one take at a time.", ingredient, task.id());
                case COROUTINE -> say("fridge", "No %s went missing in %s, with no lock at all: the loop runs one "
                        + "coroutine at a time, and none awaits between reading the stock and writing it.", ingredient, task.id());
                case THREAD, VIRTUAL -> {
                    if (ts.lock()) {
                        say("fridge", "The fridge lock kept %s's %s exact: a chef holds it from reading the stock to "
                                + "writing it back.", task.id(), ingredient);
                    } else if (ts.workers() > 1 || model() == Model.VIRTUAL) {
                        say("fridge", "No %s update was lost in %s this time, even without the lock: a lost update needs "
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
                    say("exception", "%s lost to an exception, and the kitchen went on (%s served): an exception ends one "
                            + "dish, not the chef or the kitchen.", dishes, Show.count(f().served()));
                } else if (f().crashes().isEmpty() && f().freezes().stream().noneMatch(Score.FreezeRecord::killed)) {
                    say("many orders", "%s lost: %s.", dishes, reason);
                }
            }
        }

        /** How much one unit weighed, when the kitchen held many at once. */
        private void many() {
            Score.Figures f = f();
            long units = switch (model()) {
                case PROCESS -> f.processes();
                case THREAD -> f.threads();
                case COROUTINE, VIRTUAL -> f.coroutines();
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
            say("many orders", "%s held %s %s, %s.", task.id(), Show.count(units), what, memory(f));
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
}
