package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The release image as a player gets it: JReleaser's jlink archive (assembled here, or reused when the
 * build already made it from this jar), unpacked in a temporary folder and run through its own
 * {@code bin/forkful} with no JDK on {@code PATH} and no {@code JAVA_HOME}: the game and its kitchens
 * run on the image's own trimmed runtime, and leave no process behind.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class RuntimeImageIT {
    static final Path TARGET = Path.of(System.getProperty("forkful.jar", "target/forkful.jar")).toAbsolutePath().getParent();
    static final Path ARCHIVES = TARGET.resolve("jreleaser/assemble/forkful-runtime/jlink");
    /** Only what the launcher script needs: a shell and a few tools, and no java among them. */
    static final List<String> TOOLS = List.of("sh", "uname", "ls", "xargs", "echo", "sed", "tr");
    static final String LEVEL = """
            format = 1
            id = "image-smoke"
            title = "Image smoke test"
            brief = "A few chopped orders, to see each model cook in the release image."
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

    @TempDir
    static Path dir;
    static Path home;
    final String marker = "FORKFUL_IT_MARKER=image-" + UUID.randomUUID();

    @BeforeAll
    static void unpackTheImage() throws Exception {
        // jreleaser.yml links a linux-x86_64 image only (release.yml runs the tests on other platforms too)
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "the jlink image is linux-x86_64");
        Path zip = archive();
        run(dir, Map.of(), "unzip", "-q", zip.toString(), "-d", dir.resolve("image").toString());
        try (Stream<Path> tops = Files.list(dir.resolve("image"))) {
            home = tops.findFirst().orElseThrow();
        }
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        Files.writeString(dir.resolve("image-smoke.toml"), LEVEL);
    }

    /** JReleaser's jlink zip, assembled now unless the build made it from the current jar already. */
    static Path archive() throws Exception {
        Path zip = newestZip();
        Path jar = TARGET.resolve("forkful.jar");
        if (zip == null || Files.getLastModifiedTime(zip).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            // JReleaser links the runtime from JAVA_HOME: the JDK 25 these tests run on
            run(TARGET.getParent(), Map.of("JAVA_HOME", System.getProperty("java.home")),
                    TARGET.getParent().resolve("mvnw").toString(), "-B", "-q", "jreleaser:assemble", "-Djreleaser.assemblers=jlink");
            zip = newestZip();
        }
        assertThat(zip).as("the jlink archive under " + ARCHIVES).isNotNull();
        return zip;
    }

    private static Path newestZip() throws IOException {
        if (!Files.isDirectory(ARCHIVES)) {
            return null;
        }
        try (Stream<Path> files = Files.list(ARCHIVES)) {
            return files.filter(p -> p.toString().endsWith(".zip"))
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElse(null);
        }
    }

    @Test
    void versionAndDoctorRunOnTheImagesOwnRuntime() throws Exception {
        String version = forkful("--version");
        assertThat(version).contains("forkful ", "(commit ").contains("at " + home.toRealPath());
        // doctor starts a kitchen: its binary must be the image's java, not a JDK's
        // no terminal here: doctor says so and exits 4
        String doctor = forkful(4, "doctor");
        assertThat(doctor).containsPattern("kitchens +pid \\d+ started and answered in \\d+ ms \\(" + home.toRealPath() + "/bin/java\\)")
                .containsPattern("calibration +\\d+ units");
        assertThat(Tmux.javaProcessesWith(marker)).isEmpty();
    }

    @Test
    void theCampaignLoadsAndTheShippedLevelsCheck() throws Exception {
        // the campaign is read from inside the jar: the image's runtime needs its zip file system
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

    private String forkful(String... args) throws Exception {
        return forkful(0, args);
    }

    /** Runs the image's launcher as a player would, without any JDK around; it must exit {@code code}. */
    private String forkful(int code, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/forkful").toString()));
        cmd.addAll(List.of(args));
        String[] kv = marker.split("=", 2);
        return run(dir, Map.of("PATH", dir.resolve("tools").toString(), "LANG", "C.UTF-8", kv[0], kv[1],
                "XDG_DATA_HOME", dir.resolve("data").toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString()),
                code, cmd.toArray(String[]::new));
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

    private static String run(Path cwd, Map<String, String> env, String... command) throws IOException, InterruptedException {
        return run(cwd, env, 0, command);
    }

    private static String run(Path cwd, Map<String, String> env, int code, String... command)
            throws IOException, InterruptedException {
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
