package dev.forkful.engine;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts kitchen children as the same program: the same java binary, class path and JVM options
 * (or the same native binary), running the hidden {@code worker} command.
 */
public final class ChildLauncher {
    /**
     * Options of the game's JVM that a child must not copy: debuggers, agents, recordings, class
     * archives (the game's own AOT cache would load all its classes into every kitchen), heap sizes
     * (a kitchen's memory is a figure the player is shown; huge pages are kept, see {@link #childOptions}),
     * the JIT's levels and thresholds (the game's are tuned for a short-lived supervisor; a kitchen's
     * calibrated cpu work must reach C2 as it did when it was calibrated).
     */
    private static final List<String> DROPPED_PREFIXES = List.of(
            "-agentlib:", "-agentpath:", "-javaagent:", "-Xrunjdwp", "-Xdebug", "-XX:ErrorFile=",
            "-XX:+CreateCoredumpOnCrash", "-XX:-CreateCoredumpOnCrash", "-XX:ArchiveClassesAtExit",
            "-XX:AOTCache", "-XX:AOTMode", "-XX:AOTConfiguration", "-XX:+AutoCreateSharedArchive",
            "-XX:SharedArchiveFile", "-Xmx", "-Xms", "-Xmn", "-Xss", "-XX:MaxRAMPercentage", "-Xlog",
            "-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseZGC", "-XX:+UseShenandoahGC", "-XX:+UseSerialGC",
            "-XX:+UseEpsilonGC", "-XX:StartFlightRecording", "-XX:FlightRecorderOptions",
            "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath", "-XX:+DisplayVMOutputToStderr",
            "--enable-native-access", "-XX:TieredStopAtLevel", "-XX:-TieredCompilation", "-XX:+TieredCompilation",
            "-XX:Tier3", "-XX:Tier4", "-XX:-UsePerfData");

    /**
     * What every child gets on top: crash logs in the temp folder (a segfault must not litter the
     * player's folder; the child sets its core-file limit to 0 itself, since with
     * {@code -XX:-CreateCoredumpOnCrash} the JVM ends a crash with exit 1 instead of SIGABRT and
     * the real cause could not be told), VM output on stderr (stdout is the protocol), and a
     * small serial-GC heap, which starts faster than G1 and is plenty for one kitchen (its young
     * generation 32 MB: a third of the first heap, 128 MB, was touched page by page before its first
     * collection; 1,000,000 waiting orders took 196 MB of PSS, 161-187 MB with it; 16 MB saved 20 MB more
     * but its collections took 34 ms of CPU in a 100,000-order run, 32 MB's under 3 ms), and no
     * perf-data file (jps and jstat do not list kitchens; they start a little sooner). JIT levels
     * stay as they are: calibrated cpu work must run at the same speed in every child.
     *
     * <p>Where the game's launcher gave it huge pages for its heap, a kitchen keeps them: a first touch of
     * a small page is a page fault, and a banquet's 100,000 waiting orders touch some 3,300 of them in the
     * kitchen (13 us each on a 2-core VM): median latency 87 -> 65 ms, own wall 98 -> 74 ms (12 runs in
     * turns, load 2). Its JIT code then lies in one code heap, not three: each heap touched takes a whole
     * 2 MB page, and three made a kitchen 8 to 10 MB bigger, one 4 to 6 MB (chopping board, thread:2:
     * 36 -> 42 MB of PSS).
     *
     * <p>A kitchen is told the number of cores the game sees rather than finding it out: the JVM's own
     * probe of the container it may run in (cgroup files read and parsed, at the JVM's start and again at a
     * kitchen's first CPU reading) cost a kitchen's start 17 ms of CPU (alternated starts, medians of 15),
     * and the game's probe has already answered. Nor does a kitchen replay its cache's method profiles at
     * start (JEP 515): a C1 thread compiled ahead what a kitchen of one order never runs again (one order,
     * game and kitchen alike, 16 runs in turns: 370 -> 339 ms whole, 555 -> 497 ms of CPU; a banquet's
     * 100,000 orders 433 -> 415 ms, median latency 64 -> 61 ms).
     */
    static List<String> childOptions(Path crashDir) {
        return List.of(
                "-XX:ErrorFile=" + crashDir.resolve("forkful-hs_err_%p.log"),
                "-XX:+DisplayVMOutputToStderr",
                "-Xlog:disable",
                "-Xlog:all=warning:stderr",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Xss512k",
                "-Xmx1g",
                "-Xmn32m",
                "-XX:-SegmentedCodeCache",
                "-XX:+UnlockDiagnosticVMOptions",
                "-XX:-AOTReplayTraining",
                "-XX:-UseContainerSupport",
                "-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors(),
                "--enable-native-access=ALL-UNNAMED");
    }

    /**
     * How {@link #startKitchen} stops the JIT at C1; with its loops compiled after 3,000 turns, not 60,000 (C1's
     * default): a kitchen's loops over a burst of orders (creating them, resuming them, writing what they
     * became) each run a hundred times or so in a banquet, too few for their methods to be compiled, so they
     * ran interpreted until their turns passed that count (the banquet's 100,000 waits, 24 runs in turns:
     * median latency 62.8 -> 58.4 ms, own wall 73 -> 68 ms; one order unchanged). The game's own loops keep
     * the default: there the same change cost its start more than it saved.
     */
    static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=3000");

    private final List<String> command;
    private final Path crashDir;

    private ChildLauncher(List<String> command, Path crashDir) {
        this.command = List.copyOf(command);
        this.crashDir = crashDir;
    }

    /**
     * A launcher for kitchen children. On a JVM it runs the child loop's own main class, which
     * starts in about half the time of going through the command-line parser; a native binary
     * runs its hidden {@code worker} command.
     */
    public static ChildLauncher forWorker() {
        return nativeImage() ? new ChildLauncher(List.of(self(), "worker"), crashDir())
                : of("dev.forkful.worker.ChildProcess");
    }

    /**
     * A launcher running this program's own command line with {@code args}, as a kitchen child is
     * run (bench's probe children: they must cost what a kitchen costs).
     */
    public static ChildLauncher forProgram(String... args) {
        if (nativeImage()) {
            List<String> cmd = new ArrayList<>(List.of(self()));
            cmd.addAll(List.of(args));
            return new ChildLauncher(cmd, crashDir());
        }
        return of("dev.forkful.cli.Main", args);
    }

    /**
     * A launcher running {@code mainClass} on this JVM's class path, with the kitchens' flags and
     * the kitchens' AOT cache when there is one for this class path ({@link KitchenCache}).
     */
    static ChildLauncher of(String mainClass, String... args) {
        return onClassPath(System.getProperty("java.class.path"), mainClass, args);
    }

    /** Kitchen children as the game run from {@code jar} starts them (for benchmarks run on another class path). */
    static ChildLauncher forJar(Path jar) {
        return onClassPath(jar.toAbsolutePath().toString(), "dev.forkful.worker.ChildProcess");
    }

    private static ChildLauncher onClassPath(String classPath, String mainClass, String... args) {
        List<String> cache = KitchenCache.forClassPath(classPath).map(c -> List.of("-XX:AOTCache=" + c)).orElse(List.of());
        return new ChildLauncher(command(cache, classPath, mainClass, args), crashDir());
    }

    /** A child started as {@link #of} starts one, that writes a new AOT cache to {@code cache} when it exits. */
    static ChildLauncher training(Path cache, String mainClass, String... args) {
        List<String> output = List.of("-XX:AOTCacheOutput=" + cache);
        return new ChildLauncher(command(output, System.getProperty("java.class.path"), mainClass, args), crashDir());
    }

    private static List<String> command(List<String> cacheOptions, String classPath, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(self());
        cmd.addAll(cacheOptions);
        cmd.addAll(inheritedOptions());
        cmd.addAll(childOptions(crashDir()));
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static boolean nativeImage() {
        return System.getProperty("org.graalvm.nativeimage.imagecode") != null;
    }

    private static String self() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Path crashDir() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static List<String> inheritedOptions() {
        return inherited(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** The game's JVM options {@code args} that a child copies. */
    static List<String> inherited(List<String> args) {
        List<String> kept = new ArrayList<>();
        for (String arg : args) {
            if (DROPPED_PREFIXES.stream().noneMatch(arg::startsWith)) {
                kept.add(arg);
            }
        }
        return kept;
    }

    List<String> command() {
        return command;
    }

    /** Where a child's JVM writes its fatal-error log, named by its pid. */
    Path crashLog(long pid) {
        return crashDir.resolve("forkful-hs_err_" + pid + ".log");
    }

    /** Starts one child; it is registered so that no exit path of the game leaves it behind. */
    public Process start() throws IOException {
        return start(command);
    }

    /**
     * Starts a kitchen: one started early with the same command ({@link Prestart}) when there is one, else
     * one started now. With {@code c1Only} its JIT stops at C1, for a kitchen that runs no calibrated cpu
     * work (nothing there is measured against C2's speed): C1 compiles a loop's bookkeeping at once, where
     * C2 would first run it profiled and then take a core to compile it (the banquet's 100,000 waits,
     * alternated runs at load 6: own wall median 898 ms with C2, 667 ms with C1 only). A native binary has
     * no JIT.
     */
    Process startKitchen(boolean c1Only) throws IOException {
        List<String> cmd = c1Only ? c1OnlyCommand() : command;
        Optional<Process> early = Prestart.take(cmd);
        return early.isPresent() ? early.get() : start(cmd);
    }

    /** The command with the JVM's JIT stopped at C1 ({@link #C1_ONLY}; the same command for a native binary). */
    List<String> c1OnlyCommand() {
        int classPath = command.indexOf("-cp");
        if (classPath < 0) {
            return command;
        }
        List<String> c1 = new ArrayList<>(command);
        c1.addAll(classPath, C1_ONLY);
        return c1;
    }

    /** Starts a child running {@code command}, registered as {@link #start()} registers it. */
    Process start(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectInput(Redirect.PIPE)
                .redirectOutput(Redirect.PIPE)
                .redirectError(System.getenv("FORKFUL_DEBUG") != null ? Redirect.INHERIT : Redirect.DISCARD);
        Process p = pb.start();
        Children.register(p, crashLog(p.pid()));
        return p;
    }
}
