package dev.forkful.score;

import dev.forkful.level.Model;
import dev.forkful.level.Plain;
import dev.forkful.level.Step;
import java.util.List;

/**
 * The cpu and block rows of one task: what the recipe's chopping and blocking calls did to the wall
 * time. Cores are {@link Cores}' two figures, "cores used" (measured) and "cores of work" (the
 * recipe); blocking is the kitchens' own measured time inside blocking calls.
 */
final class LoadStory {
    /** Over this many cores of work on average, chopping really ran side by side. */
    private static final double PARALLEL = 1.2;
    /** Under half a core of work on average, the chopping did not decide the wall time: nothing to say of it. */
    private static final double CPU_MATTERS = 0.5;
    /** At least this share of the wall time spent in blocking calls explains the wall time. */
    private static final double BLOCK_MATTERS = 0.25;
    /** A stall: an event loop held longer than this by one step (asyncio's slow-callback warning). */
    private static final long STALL_MS = 100;

    private final TaskStory t;

    LoadStory(TaskStory t) {
        this.t = t;
    }

    void cpu() {
        Score.Figures f = t.f();
        if (t.recipe.cpuNanos() == 0 || f.served() == 0 || f.wallMs() == 0) {
            return;
        }
        Cores c = Cores.of(f, t.recipe, t.cores);
        if (c.work() < CPU_MATTERS) {
            return;
        }
        String chop = steps(Step.Action.Cpu.class) + ", " + Show.millis(t.recipe.cpuNanos() / 1e6) + " a dish";
        String jvm = t.model() == Model.PROCESS ? "each house's JVM" : "the kitchen's JVM";
        Model model = t.model();
        if (model == Model.COROUTINE) {
            if (c.work() <= PARALLEL) {
                t.say(Row.CPU, "The %s event loop did its chopping (%s) one dish at a time, %s on average: an event loop "
                        + "is one thread, and one thread uses one core%s.", t.task.id(), chop, c.workOfMachine(), c.difference(jvm));
            }
        } else if (t.underGil() && c.work() <= PARALLEL) {
            if (t.units() > 1) {
                t.say(Row.CPU, "Under the GIL the %s took turns at the chopping (%s), %s on average: only the one holding "
                        + "the global lock may compute, and it hands the lock on every 5 ms%s.", t.who(), chop,
                        c.workOfMachine(), c.difference(jvm));
            } else if (t.cores > 1) {
                t.say(Row.CPU, "The one %s chef did the chopping (%s) one dish at a time, %s on average: under the GIL "
                        + "more thread chefs would only take turns at it; processes would use the other cores%s.",
                        t.task.id(), chop, c.workOfMachine(), c.difference(jvm));
            }
        } else if (c.work() > PARALLEL && t.units() > 1 && !t.underGil()) {
            t.say(Row.CPU, "The %s chopped side by side (%s), %s on average: %s run on all cores at once%s%s.", t.who(),
                    chop, c.workOfMachine(), model == Model.PROCESS ? "separate processes" : "threads",
                    t.ts.workers() > t.cores && model != Model.VIRTUAL ? ", though no more chefs than cores can chop at once" : "",
                    c.difference(jvm));
        } else if (c.work() <= PARALLEL && t.cores > 1 && (model == Model.PROCESS || model == Model.THREAD)) {
            if (t.ts.workers() > 1) {
                overlappedLittle(c, chop, jvm);
            } else {
                t.say(Row.CPU, "The one %s chef did the chopping (%s) one dish at a time, %s on average: more workers "
                        + "could use the other cores%s.", t.task.id(), chop, c.workOfMachine(), c.difference(jvm));
            }
        }
    }

    /**
     * Parallel chefs whose chopping was not much over one core of work: what the measured CPU says,
     * and why only where a figure names it (the kitchens' own runtime, an arrival rate that caps the
     * load). A machine busy with other programs would explain it too, but only a measured share of
     * the cores that the machine gave the run may say so: until the score has that figure, it is not said.
     */
    private void overlappedLittle(Cores c, String chop, String jvm) {
        Score.Figures f = t.f();
        String plan = t.ts.spec();
        StringBuilder why = new StringBuilder();
        double cap = arrivalCap();
        if (cap <= PARALLEL) {
            why.append(Plain.format("orders came every %s, and %s of chopping every %s is at most "
                    + "%s cores of work: the arrival rate capped the load, not the chefs",
                    Show.millis(t.task.arrive().every().toNanos() / 1e6), Show.millis(t.recipe.cpuNanos() / 1e6),
                    Show.millis(t.task.arrive().every().toNanos() / 1e6), Show.decimal(cap)));
        } else if (Double.isNaN(c.used()) ? c.work() <= 1.0 : c.used() <= 1.0) {
            why.append("the chefs' chopping did not overlap enough to beat one core");
        } else {
            why.append("the chefs' chopping overlapped only part of the time");
        }
        String used = Double.isNaN(c.used()) ? plan + "'s" : Plain.format("%s used on average %s "
                + "cores of this machine's %d while cooking (%s of CPU in %s), and its", plan, Show.decimal(c.used()), t.cores,
                Show.millis(f.cpuMs()), Show.millis(f.wallMs()));
        t.say(Row.CPU, "%s chopping (%s) was %s: %s%s.", used, chop, c.workOfMachine(), why, c.gap(jvm));
    }

    /** The cores of work that the orders' arrival allows at most; infinite when they all come at once. */
    private double arrivalCap() {
        long every = t.task.arrive().every().toNanos();
        return every == 0 ? Double.POSITIVE_INFINITY : (double) t.recipe.cpuNanos() / every;
    }

    /**
     * The loop's (or the carriers') time in blocking calls, when it explains the wall time: an event
     * loop's whole time blocked, not only its stalls over {@value #STALL_MS} ms; the virtual threads'
     * blocked time as carriers pinned; thread and process chefs that block wait alone. Stalls by
     * computing are the cpu row.
     */
    void block() {
        Score.Figures f = t.f();
        List<Score.FreezeRecord> stalls = f.freezes().stream().filter(fr -> !fr.killed() && t.model() == Model.COROUTINE).toList();
        List<Score.FreezeRecord> blockStalls = stalls.stream().filter(this::byBlockingStep).toList();
        List<Score.FreezeRecord> cpuStalls = stalls.stream().filter(fr -> !byBlockingStep(fr)).toList();
        double share = f.wallMs() == 0 ? 0 : (double) f.blockedMs() / f.wallMs();
        String calls = steps(Step.Action.Block.class) + ", " + Show.millis(t.recipe.blockNanos() / 1e6) + " a dish";
        switch (t.model()) {
            case COROUTINE -> {
                if (share >= BLOCK_MATTERS) {
                    t.say(Row.BLOCK, "The %s event loop spent %s of its %s in blocking calls (%s), %.0f%% of the wall "
                            + "time%s: a blocking call keeps the loop's only thread, so no other coroutine ran meanwhile.",
                            t.task.id(), Show.millis(f.blockedMs()), Show.millis(f.wallMs()), calls, Math.min(100, share * 100),
                            blockStalls.isEmpty() ? "" : ", " + Show.plural(blockStalls.size(), "call", "calls") + " over "
                                    + STALL_MS + " ms among them");
                } else if (!blockStalls.isEmpty()) {
                    t.say(Row.BLOCK, "The %s event loop was held %s: a blocking call keeps the loop's only thread, so every "
                            + "other coroutine waited with it.", t.task.id(), held(blockStalls));
                }
                if (!cpuStalls.isEmpty()) {
                    t.say(Row.CPU, "The %s event loop was held %s: while one coroutine computes, no other can run, not even "
                            + "one whose timer is due.", t.task.id(), held(cpuStalls));
                }
            }
            case VIRTUAL -> {
                double pinned = share;
                if (pinned >= BLOCK_MATTERS * t.cores) {
                    t.say(Row.BLOCK, "The %s virtual threads spent %s in blocking calls (%s), which pin their carrier: on "
                            + "average %s of the %d carriers (one per core) were held by a blocking call, and a virtual "
                            + "thread ready to run waits for a free carrier.", t.task.id(), Show.millis(f.blockedMs()), calls,
                            Show.decimal(pinned), t.cores);
                }
            }
            case THREAD, PROCESS -> {
                double perChef = share / t.ts.workers();
                if (perChef >= BLOCK_MATTERS) {
                    t.say(Row.BLOCK, "The %s spent about %.0f%% of the time in blocking calls (%s): a blocked chef holds "
                            + "only itself, so as many dishes block at once as there are chefs.", t.who(),
                            Math.min(100, perChef * 100), calls);
                }
            }
        }
    }

    /** Whether the stall names a blocking step of the recipe, or the recipe has nothing else that blocks. */
    private boolean byBlockingStep(Score.FreezeRecord stall) {
        if (t.recipe.blockSteps().stream().anyMatch(name -> stall.cause().contains(name))) {
            return true;
        }
        return !t.recipe.blockSteps().isEmpty() && t.recipe.cpuNanos() == 0;
    }

    private static String held(List<Score.FreezeRecord> stalls) {
        long ms = stalls.stream().mapToLong(Score.FreezeRecord::stalledMs).sum();
        List<String> causes = stalls.stream().map(fr -> Show.visible(fr.cause())).distinct().toList();
        return Show.plural(stalls.size(), "time", "times") + " for " + Show.millis(ms) + " in all ("
                + String.join("; ", causes.subList(0, Math.min(2, causes.size()))) + (causes.size() > 2 ? "; ..." : "") + ")";
    }

    /** The recipe's steps of a kind, quoted: {@code 'chop' and 'plate'}. */
    private String steps(Class<? extends Step.Action> kind) {
        List<String> names = t.task.steps().stream().filter(s -> kind.isInstance(s.action())).map(s -> "'" + s.name() + "'")
                .distinct().toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
