package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A release archive as a player gets it: JReleaser's archive (assembled here, or reused when the build
 * already made it from this jar), unpacked in a temporary folder and run through its own
 * {@code bin/forkful} with only a shell and a few tools on {@code PATH}: {@code --version}, {@code doctor}
 * (its kitchen starts from the archive's java), the campaign and {@code check}, a level with each model,
 * and the full screen under tmux to the first results and back out; no process is left behind.
 * {@link RuntimeImageIT} and {@link JavaArchiveIT} say which archive and which java.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReleaseArchive {
    static final Path TARGET = Path.of(System.getProperty("forkful.jar", "target/forkful.jar")).toAbsolutePath().getParent();
    /** Only what the launchers and the tmux harness's shell need, and no java among them. */
    static final List<String> TOOLS = List.of("sh", "uname", "ls", "xargs", "echo", "sed", "tr", "stty", "mv", "sleep");
    static final Duration START = Duration.ofSeconds(60);
    static final Duration COOK = Duration.ofSeconds(120);
    static final String LEVEL = """
            format = 1
            id = "image-smoke"
            title = "Image smoke test"
            brief = "A few chopped orders, to see each model cook in the release archive."
            lesson = "A few chopped orders."

            [kitchen]
            time_limit = "30s"
            seed = 1

            [[task]]
            id = "dish"
            name = "Dish"
            orders = 12
            arrive = "all"
            max_workers = 2
            steps = [ { do = "chop", cpu = "5ms" } ]

            [stars]
            one = { served = 0.5 }
            """;

    /** The class's folder: the unpacked archive, the tools, the players' data. */
    Path dir;
    /** The unpacked archive's top folder. */
    Path home;
    final String marker = "FORKFUL_IT_MARKER=archive-" + UUID.randomUUID();
    private final String assembler;
    private final Path archives;
    private final Map<String, String> javaEnvironment;

    /**
     * @param assembler       JReleaser's assembler of the archive ({@code -Djreleaser.assemblers=...})
     * @param archives        the folder under {@code target/jreleaser/assemble} it writes the zip to
     * @param javaEnvironment what the player's environment gives the launcher besides {@code PATH}:
     *                        nothing, or a {@code JAVA_HOME}
     */
    ReleaseArchive(String assembler, String archives, Map<String, String> javaEnvironment) {
        this.assembler = assembler;
        this.archives = TARGET.resolve("jreleaser/assemble").resolve(archives);
        this.javaEnvironment = javaEnvironment;
    }

    /** The java the game and its kitchens run on, once unpacked. */
    abstract Path java();

    /** Skips the tests where the archive does not run (an assumption). */
    void assumeItRunsHere() {
        // the processes left behind are found by their environment, in /proc
        assumeTrue(Files.isDirectory(Path.of("/proc")), "no /proc to look for processes left behind");
    }

    @BeforeAll
    void unpack(@TempDir Path folder) throws Exception {
        dir = folder;
        assumeItRunsHere();
        Path zip = archive();
        run(dir, Map.of(), 0, "unzip", "-q", zip.toString(), "-d", dir.resolve("archive").toString());
        try (Stream<Path> tops = Files.list(dir.resolve("archive"))) {
            home = tops.findFirst().orElseThrow();
        }
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        Files.writeString(dir.resolve("image-smoke.toml"), LEVEL);
    }

    /** JReleaser's zip, assembled now unless the build made it from the current jar already. */
    private Path archive() throws Exception {
        Path zip = newestZip();
        Path jar = TARGET.resolve("forkful.jar");
        if (zip == null || Files.getLastModifiedTime(zip).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            // JReleaser links the runtime from JAVA_HOME: the JDK 25 these tests run on
            run(TARGET.getParent(), Map.of("JAVA_HOME", System.getProperty("java.home")), 0,
                    TARGET.getParent().resolve("mvnw").toString(), "-B", "-q", "jreleaser:assemble",
                    "-Djreleaser.assemblers=" + assembler);
            zip = newestZip();
        }
        assertThat(zip).as("the archive under " + archives).isNotNull();
        return zip;
    }

    private Path newestZip() throws IOException {
        if (!Files.isDirectory(archives)) {
            return null;
        }
        try (Stream<Path> files = Files.list(archives)) {
            return files.filter(p -> p.toString().endsWith(".zip"))
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElse(null);
        }
    }

    @Test
    void versionAndDoctorRunOnTheArchivesJava() throws Exception {
        String version = forkful("--version");
        assertThat(version).contains("forkful ", "(commit ").contains("at " + java().getParent().getParent().toRealPath());
        // doctor starts a kitchen: its binary must be the archive's java, not another JDK's
        // no terminal here: doctor says so and exits 4
        String doctor = forkful(4, "doctor");
        assertThat(doctor).containsPattern("kitchens +pid \\d+ started and answered in \\d+ ms \\(" + java().toRealPath() + "\\)")
                .containsPattern("calibration +\\d+ units");
        assertThat(Tmux.javaProcessesWith(marker)).isEmpty();
    }

    @Test
    void theCampaignLoadsAndTheShippedLevelsCheck() throws Exception {
        // the campaign is read from inside the jar: an image's runtime needs its zip file system
        assertThat(forkful("levels")).contains("chopping-board");
        assertThat(forkful("check", home.resolve("levels").toString())).contains("chopping-board");
        assertThat(home.resolve("man/man1/forkful.1")).isRegularFile();
        assertThat(home.resolve("completion/forkful_completion")).isRegularFile();
    }

    @ParameterizedTest
    @ValueSource(strings = {"process:2", "thread:2", "coroutine", "virtual"})
    void aLevelCooksWithEachModel(String model) throws Exception {
        String out = forkful("run", dir.resolve("image-smoke.toml").toString(), "--plan", "dish=" + model, "--json");
        assertThat(out).contains("\"served\":12,").contains("\"model\":\"" + model.split(":")[0] + "\"");
        assertThat(Tmux.javaProcessesWith(marker)).isEmpty();
    }

    /** The first level with the default plan, by keys only, to its first results; then out, leaving nothing. */
    @Test
    void theFullScreenPlaysTheFirstLevelToItsResults() throws Exception {
        Path screen = Files.createDirectories(dir.resolve("tmux"));
        String env = environment(screen).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        // JAVA_HOME set in the session's environment would be a JDK the player may not have
        String command = (javaEnvironment.containsKey("JAVA_HOME") ? "" : "unset JAVA_HOME; ") + home.resolve("bin/forkful");
        try (Tmux t = new Tmux(screen).start(command, 80, 24, env)) {
            FullScreenIT.enterToTheFirstResultsAndOut(t, START, COOK);
        }
    }

    String forkful(String... args) throws Exception {
        return forkful(0, args);
    }

    /** Runs the archive's launcher as a player would, with no other java around; it must exit {@code code}. */
    String forkful(int code, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/forkful").toString()));
        cmd.addAll(List.of(args));
        Map<String, String> env = environment(dir);
        String[] kv = marker.split("=", 2);
        env.put(kv[0], kv[1]);
        return run(dir, env, code, cmd.toArray(String[]::new));
    }

    /** The player's environment: the tools, a UTF-8 locale, data and cache folders under {@code base}, the java if any. */
    private Map<String, String> environment(Path base) {
        Map<String, String> env = new HashMap<>(Map.of("PATH", dir.resolve("tools").toString(), "LANG", "C.UTF-8",
                "XDG_DATA_HOME", base.resolve("data").toString(), "XDG_CACHE_HOME", base.resolve("cache").toString()));
        env.putAll(javaEnvironment);
        return env;
    }

    private static Path which(String tool) {
        for (String d : System.getenv("PATH").split(":")) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError("no " + tool + " on PATH");
    }

    /** Runs {@code command}; an environment with a {@code PATH} replaces the whole environment. */
    static String run(Path cwd, Map<String, String> env, int code, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        if (env.containsKey("PATH")) {
            pb.environment().clear();
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + " said:\n" + out).isEqualTo(code);
        return out;
    }
}
