package dev.forkful.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.level.Campaign;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Recipe;
import dev.forkful.level.Step;
import dev.forkful.level.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs {@code forkful code} writes run to their end in real CPython (and on the JDK 25), and the
 * lessons hold there: CPython threads do not compute in parallel under the real GIL, asyncio overlaps
 * waits, and chefs without the lock really lose updates. Ratios are wide, and the parallel speed-up of
 * processes is checked only when the machine gave them the cores (it says so otherwise), so a busy
 * machine cannot fail them.
 */
class RealCodeIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** The JDK these tests run on, a JDK 25 as the build requires. */
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    /** Worker processes cost a whole interpreter each: enough of them to show the model, no more. */
    private static final int MOST_HOUSES = 2;
    private static final int MOST_CHEFS = 100;
    /** The generated program's exit status when its time limit ended it with threads still busy (program.py). */
    private static final int TIME_LIMIT_REACHED = 2;
    /** Past this many orders a task is a scale lesson, run in CPython by its event loop only. */
    private static final int SCALE_ORDERS = 10_000;

    /** The interpreter itself, not a version manager's shim in front of it (which costs seconds a start). */
    private static String python;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPython(@TempDir Path tmp) throws Exception {
        ProgramRun where = ProgramRun.run(tmp, LIMIT, "python3", "-c", "import sys; print(sys.executable)");
        assertThat(where.exit()).as("python3 on the PATH").isZero();
        python = where.out().strip();
    }

    static List<Path> shippedLevels() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("levels"))) {
            // the campaign's chapters file sits beside the levels and is not one
            List<Path> levels = files.filter(f -> f.toString().endsWith(".toml") && !f.endsWith("campaign.toml")).sorted().toList();
            assertThat(levels).isNotEmpty();
            return levels;
        }
    }

    private ProgramRun python(String name, String... codeArgs) throws Exception {
        Path program = ProgramRun.write(dir, name + ".py", codeArgs);
        return ProgramRun.run(dir, LIMIT, python, program.toString());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyShippedLevelRunsInCPythonUnderEveryModelItAllows() throws Exception {
        for (Path file : shippedLevels()) {
            Level level = Campaign.resolve(file.toString());
            for (Model model : Model.values()) {
                List<Task> using = level.tasks().stream().filter(t -> t.models().contains(model) && fits(t, model)).toList();
                if (using.isEmpty()) {
                    continue;
                }
                String plan = String.join(",", using.stream().map(t -> t.id() + "=" + planned(t, model)).toList());
                ProgramRun run = python(level.id() + "-" + model.id(), file.toString(), "--plan", plan);
                if (run.exit() == TIME_LIMIT_REACHED && run.out().contains("unfinished at the time limit")) {
                    // it ran to the level's time limit and said what it served: CPython could not keep up
                    // (measured: green-threads' 2,000 orders on 500 threads served 262 under the GIL in 30 s)
                    say(file.getFileName() + " " + plan + ": stopped at the time limit: " + run.out().lines().findFirst().orElse(""));
                    continue;
                }
                run.completed();
                for (Task t : level.tasks()) {
                    assertThat(run.out()).as(plan).contains(t.id() + ": ").contains("served " + t.orders() + " of " + t.orders());
                }
                say(file.getFileName() + " " + plan + ": wall " + run.wall() + " s");
            }
        }
    }

    /**
     * A scale level's lesson is that only an event loop keeps up: 100,000 orders of a 500 ms wait take
     * threads (500 at most in the Python program) or processes minutes, far past the level's time limit.
     */
    private static boolean fits(Task task, Model model) {
        return task.orders() <= SCALE_ORDERS || model == Model.COROUTINE;
    }

    private static String planned(Task task, Model model) {
        return switch (model) {
            case PROCESS -> "process:" + Math.min(MOST_HOUSES, task.maxWorkers(model));
            case THREAD -> "thread:" + Math.min(MOST_CHEFS, task.maxWorkers(model));
            case COROUTINE, VIRTUAL -> model.id();
        };
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void cpythonThreadsDoNotComputeInParallelWhileProcessesDo() throws Exception {
        Path file = onlyTask(t -> steps(t).allMatch(s -> s.action() instanceof Step.Action.Cpu)
                && t.maxWorkers(Model.THREAD) >= 2 && t.maxWorkers(Model.PROCESS) >= 2, Model.THREAD, Model.PROCESS);
        String task = Campaign.resolve(file.toString()).tasks().getFirst().id();
        List<ProgramRun> threads = new ArrayList<>();
        List<ProgramRun> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) { // in turns, so a change of load weighs on both
            threads.add(python("threads", file.toString(), "--plan", task + "=thread:2").completed());
            processes.add(python("processes", file.toString(), "--plan", task + "=process:2").completed());
        }
        double threadCores = best(threads.stream().mapToDouble(ProgramRun::cores), true);
        double processCores = best(processes.stream().mapToDouble(ProgramRun::cores), true);
        double threadWall = best(threads.stream().mapToDouble(ProgramRun::wall), false);
        double processWall = best(processes.stream().mapToDouble(ProgramRun::wall), false);
        say(file.getFileName() + ": thread:2 wall " + threadWall + " s, " + threadCores + " cores; process:2 wall "
                + processWall + " s, " + processCores + " cores (the better of 2)");
        // the GIL: two threads never keep more than one core busy, however free the machine is
        assertThat(threadCores).isLessThan(1.15);
        if (processCores >= 1.4) {
            // faster, by no set margin: the level computes about half a second, so starting two Python
            // processes weighs (0.576 s on 1.85 cores against the threads' 0.662 s on 1.0 in a clean-clone
            // CI), and a virtual machine's cores need not be equal (a loop pinned to one took 2.22 s, on the
            // other 1.17 s, minutes apart): the threads' one core may be the fast one. Had the processes not
            // computed at once, their own start would make them the slower
            assertThat(processWall).as("processes computed on 2 cores at once: faster than the threads").isLessThan(threadWall);
        } else {
            say("the machine gave the processes only " + processCores + " cores (load " + load()
                    + "): their speed-up cannot show here, so it is not checked; the GIL's ceiling is");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void asyncioOverlapsWaitsThatOneThreadTakesInTurn() throws Exception {
        Path file = onlyTask(t -> Recipe.of(t).waitNanos() >= 10 * (Recipe.of(t).cpuNanos() + Recipe.of(t).blockNanos()),
                Model.COROUTINE, Model.THREAD);
        Task task = Campaign.resolve(file.toString()).tasks().getFirst();
        double waits = task.orders() * Recipe.of(task).waitNanos() / 1e9;
        ProgramRun loop = python("coroutine", file.toString(), "--plan", task.id() + "=coroutine").completed();
        ProgramRun thread = python("thread", file.toString(), "--plan", task.id() + "=thread:1").completed();
        say(file.getFileName() + ": coroutine wall " + loop.wall() + " s, thread:1 wall " + thread.wall() + " s, waits "
                + waits + " s end to end");
        assertThat(loop.wall()).as("one event loop overlaps the waits").isLessThan(waits / 4).isLessThan(thread.wall() / 4);
        assertThat(thread.wall()).as("one thread chef waits for each in turn").isGreaterThan(waits * 0.9);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void threadsWithoutTheLockLoseUpdatesAndTheLockFixesIt() throws Exception {
        int checked = 0;
        for (Path file : shippedLevels()) {
            for (Task t : Campaign.resolve(file.toString()).tasks()) {
                if (t.hasFridgeLock(Model.THREAD) && t.models().contains(Model.THREAD) && t.maxWorkers(Model.THREAD) >= 2) {
                    String chefs = t.id() + "=thread:" + Math.min(MOST_CHEFS, t.maxWorkers(Model.THREAD));
                    raceAndLock(file, chefs + ":nolock", chefs);
                    checked++;
                }
            }
        }
        assertThat(checked).as("a shipped level has thread chefs sharing a fridge").isPositive();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void coroutinesThatAwaitBetweenReadAndWriteRaceTooAndAsyncioLockFixesIt() throws Exception {
        raceAndLock(Path.of("src/test/resources/levels-it/async-fridge.toml"), "dish=coroutine:nolock", "dish=coroutine");
    }

    /** A race is a matter of timing: it must show in one of three runs; the lock must hold in every one. */
    private void raceAndLock(Path file, String racy, String locked) throws Exception {
        List<Long> lost = new ArrayList<>();
        for (int i = 0; i < 3 && (lost.isEmpty() || lost.getLast() == 0); i++) {
            lost.add(python("racy", file.toString(), "--plan", racy).completed().lostUpdates());
        }
        long withLock = python("locked", file.toString(), "--plan", locked).completed().lostUpdates();
        say(file.getFileName() + ": " + racy + " lost " + lost + " updates; " + locked + " lost " + withLock);
        assertThat(lost.getLast()).as("lost updates without the lock").isPositive();
        assertThat(withLock).as("lost updates with the lock").isZero();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aSegfaultEndsTheWholeProcessOfAThreadKitchen() throws Exception {
        Path program = ProgramRun.write(dir, "segfault.py", "src/test/resources/levels-it/segfault.toml", "--plan", "dish=thread:8", "--faults");
        ProgramRun run = ProgramRun.run(dir, LIMIT, python, program.toString());
        assertThat(run.exit()).as("killed by SIGSEGV (128 + 11)").isEqualTo(139);
        assertThat(run.out()).doesNotContain("wall time");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void allFourModelsRunInOneProgramInPythonAndWithJavaOnJdk25() throws Exception {
        String file = "src/test/resources/code/four-kitchens.toml"; // a task per model: one program shows them all
        String plan = "stew=thread:4"; // one house: each is a JVM that compiles this source again
        Path py = ProgramRun.write(dir, "four.py", file, "--plan", plan);
        servesEveryOrder(file, "python", ProgramRun.run(dir, LIMIT, python, py.toString()));
        Path home = dir.resolve("java");
        ProgramRun.write(home, "Program.java", file, "--plan", plan, "--lang", "java");
        servesEveryOrder(file, "java", ProgramRun.run(home, Duration.ofMinutes(3), JAVA.toString(), "Program.java"));
    }

    private static void servesEveryOrder(String file, String lang, ProgramRun run) throws Exception {
        run.completed();
        for (Task t : Campaign.resolve(file).tasks()) {
            assertThat(run.out()).as(lang).contains(t.id() + ": ").contains("served " + t.orders() + " of " + t.orders());
        }
        assertThat(run.lostUpdates()).as("every kitchen keeps its lock").isZero();
        say(lang + " " + file + ": wall " + run.wall() + " s");
    }

    /** The shipped level with one task that fits and allows these models. */
    private static Path onlyTask(java.util.function.Predicate<Task> fits, Model... models) throws Exception {
        for (Path file : shippedLevels()) {
            List<Task> tasks = Campaign.resolve(file.toString()).tasks();
            if (tasks.size() == 1 && fits.test(tasks.getFirst()) && tasks.getFirst().models().containsAll(List.of(models))) {
                return file;
            }
        }
        throw new AssertionError("no shipped level with one task of that kind for " + Arrays.toString(models));
    }

    private static Stream<Step> steps(Task t) {
        return t.steps().stream();
    }

    /** The faster run's figure, or the one with more cores: what the machine allowed at best. */
    private static double best(java.util.stream.DoubleStream values, boolean highest) {
        double[] v = values.sorted().toArray();
        return highest ? v[v.length - 1] : v[0];
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static void say(String what) throws IOException {
        System.out.println("[real-code] " + what + " (load " + load() + ")");
    }
}
