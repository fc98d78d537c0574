package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The line mode for real: completion in tmux, a level played to its score, the fallback without a tty. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LineModeIT {
    static final Duration START = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void tabCompletesAndALevelIsPlayedToItsScore() throws Exception {
        try (Tmux t = new Tmux(dir).start(Tmux.game("shell"), 100, 40, "")) {
            t.waitFor("forkful>", START);
            t.type("lev");
            t.keys("Tab");
            t.waitFor("forkful> levels", START);
            t.keys("Enter");
            t.waitFor("chopping-board", START);
            t.type("play chop");
            t.keys("Tab");
            t.waitFor("play chopping-board", START);
            t.keys("Enter");
            t.waitFor("forkful chopping-board>", START);
            t.type("plan salad thr");
            t.keys("Tab");
            t.waitFor("plan salad thread", START);
            t.type(":2");
            t.keys("Enter");
            t.waitFor("plan: salad=thread:2", START);
            t.type("run");
            t.keys("Enter");
            t.waitFor("stars with salad=thread:2", Duration.ofSeconds(90));
            // the results are printed line by line: wait for their last part before reading them
            String out = t.waitFor("Next: explain", START);
            assertThat(out).contains("thread kitchen 0 is up").contains("What happened").contains("stars with salad=thread:2");
            t.type("quit");
            t.keys("Enter");
            assertThat(t.exitStatus()).isZero();
            assertThat(t.stty("after")).isEqualTo(t.stty("before"));
            assertThat(t.processesWithMarker()).isEmpty();
            assertThat(Files.readString(dir.resolve("data/forkful/history"))).contains("plan salad thread:2");
        }
    }

    @Test
    void ctrlCWhileCookingLeavesAndKillsTheWorkers() throws Exception {
        Path save = dir.resolve("data/forkful/progress.json");
        Files.createDirectories(save.getParent());
        Files.writeString(save, "{\"format\": 1, \"levels\": {}, \"unlocked\": [\"soup-kitchen\"]}");
        try (Tmux t = new Tmux(dir).start(Tmux.game("shell soup-kitchen"), 100, 40, "")) {
            t.waitFor("forkful soup-kitchen>", START);
            t.type("run");
            t.keys("Enter");
            t.waitFor("a kitchen to start", s -> s.contains("kitchen 0 is up"), Duration.ofSeconds(60));
            t.keys("C-c");
            assertThat(t.exitStatus()).as("128 + SIGINT, as a shell reports Ctrl-C").isEqualTo(130);
            assertThat(t.waitFor("GAME-OVER", START)).contains("forkful: stopped (Ctrl-C); the kitchens were shut down.");
            assertThat(t.stty("after")).isEqualTo(t.stty("before"));
            assertThat(t.processesWithMarker()).isEmpty();
        }
    }

    /** Runs the jar with {@code input} on a pipe (no terminal at all) and returns its output; it must exit 0. */
    String withoutTerminal(String input, String... args) throws Exception {
        return output(startWithoutTerminal(input, args));
    }

    /** Starts the jar with {@code input} on a pipe, its data folder in the test's. */
    Process startWithoutTerminal(String input, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-jar", System.getProperty("forkful.jar", "target/forkful.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    /** All that {@code p} prints; it must exit 0. */
    static String output(Process p) throws Exception {
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            return out;
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void threeGamesAtOnceKeepEveryRecord() throws Exception {
        Path save = dir.resolve("data/forkful/progress.json");
        Files.createDirectories(save.getParent());
        Files.writeString(save, "{\"format\": 1, \"levels\": {}, \"unlocked\": [\"soup-kitchen\", \"mixed-grill\"]}");
        // each game read the file at its start: before saves merged, the last to finish wrote over the others
        List<Process> games = List.of(
                startWithoutTerminal("play chopping-board\nplan salad thread:2\nrun\nquit\n", "shell"),
                startWithoutTerminal("play soup-kitchen\nplan soup coroutine\nrun\nquit\n", "shell"),
                startWithoutTerminal("play mixed-grill\nrun\nhint\nhint\nquit\n", "shell"));
        for (Process game : games) {
            assertThat(output(game)).contains("stars with");
        }
        assertThat(Files.readString(save)).contains("\"chopping-board\": {", "\"soup-kitchen\": {", "\"mixed-grill\": {",
                "\"hints_seen\": 2");
    }

    @Test
    void aLooseFileWithACampaignIdLeavesTheCampaignAlone() throws Exception {
        Path file = dir.resolve("fake-chop.toml");
        Files.writeString(file, Files.readString(Path.of("levels/01-chopping-board.toml"))
                .replace("orders = 60", "orders = 1").replace("cpu = \"15ms\"", "cpu = \"1us\""));
        assertThat(withoutTerminal("run\nquit\n", "shell", file.toString())).contains("stars with");
        assertThat(withoutTerminal("", "levels")).containsPattern("chopping-board +The Chopping Board +0 of 3 stars")
                .containsPattern("soup-kitchen .*locked");
        assertThat(Files.readString(dir.resolve("data/forkful/progress.json"))).contains(file.toAbsolutePath().toString());
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsSaidInOneLineWithoutAStackTrace() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/forkful"), "a file where the data folder should be");
        String out = withoutTerminal("play chopping-board\nrun\nlevels\nquit\n", "shell").replace("\n  ", " ");
        assertThat(out).contains("your progress was not saved: " + dir.resolve("data/forkful") + ": a file is in the way")
                .containsOnlyOnce("your command history is not kept")
                .containsPattern("chopping-board +The Chopping Board +0 of 3 stars")
                .doesNotContain("Failed to save history").doesNotContain("\tat ");
    }

    @Test
    void aPipeNamedLikeTheSaveIsSetAsideAndLevelsDoesNotHang() throws Exception {
        Path save = dir.resolve("data/forkful/progress.json");
        Files.createDirectories(save.getParent());
        assertThat(new ProcessBuilder("mkfifo", save.toString()).start().waitFor()).isZero();
        String out = withoutTerminal("", "levels");
        assertThat(out).contains("forkful: your progress file could not be read (it is a device or a pipe, not a regular file)")
                .contains("chopping-board");
        assertThat(save).doesNotExist();
    }

    @Test
    void withoutATerminalTheGameFallsBackToLines() throws Exception {
        String out = withoutTerminal("levels\nplay soup-kitchen\nquit\n");
        assertThat(out).contains("forkful line mode").contains("chopping-board").contains("is locked");
        assertThat(out).doesNotContain("\u001b[?1049h");
    }

    @Test
    void aFolderIsACampaignOfItsOwnWhoseProgressNeverMixesWithTheBuiltInOne() throws Exception {
        Path workshop = Files.createDirectories(dir.resolve("workshop"));
        // the same id as a built-in level: its stars must stay with the workshop
        Files.writeString(workshop.resolve("chop.toml"), Files.readString(Path.of("levels/01-chopping-board.toml"))
                .replace("orders = 60", "orders = 1").replace("cpu = \"15ms\"", "cpu = \"1us\""));
        Files.writeString(workshop.resolve("campaign.toml"), "title = \"Workshop\"\n[[chapter]]\ntitle = \"Warm-up\"\n"
                + "levels = [\"chopping-board\"]\n");

        String played = withoutTerminal("play 1\nrun\nlevels\nquit\n", "shell", "--levels", workshop.toString());

        assertThat(played).contains("stars with").contains("Workshop: 1 level in 1 chapter").contains("Chapter 1: Warm-up");
        assertThat(withoutTerminal("", "levels", "--levels", workshop.toString()))
                .containsPattern(" 1  chopping-board +The Chopping Board +[123] of 3 stars");
        assertThat(withoutTerminal("", "levels")).containsPattern("chopping-board +The Chopping Board +0 of 3 stars");
        assertThat(Files.readString(dir.resolve("data/forkful/progress.json"))).contains("\"campaigns\": {", "\"Workshop\": {");

        Files.writeString(workshop.resolve("campaign.toml"), "[[chapter]]\ntitle = \"Warm-up\"\nlevels = [\"choping-board\"]\n");
        Process bad = startWithoutTerminal("", "play", "--levels", workshop.toString());
        String said = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(1);
        assertThat(said).isEqualTo(workshop.resolve("campaign.toml") + ":3: no level in this folder has the id \"choping-board\";"
                + " did you mean \"chopping-board\"?\n");
    }

    @Test
    void playOpensALevelByItsNumberAndAnUnknownOneIsBadInput() throws Exception {
        assertThat(withoutTerminal("tasks\nquit\n", "shell", "1")).contains("plan The Chopping Board");
        Process bad = startWithoutTerminal("", "play", "chopping-bord");
        String said = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(1);
        assertThat(said).startsWith("chopping-bord: no campaign level has this id; did you mean \"chopping-board\"?");
    }

    @Test
    void levelsListsTheCampaignWithTheSavedStars() throws Exception {
        Path save = dir.resolve("data/forkful/progress.json");
        Files.createDirectories(save.getParent());
        Files.writeString(save, "{\"format\": 1, \"levels\": {\"chopping-board\": {\"stars\": 2, \"best_wall_ms\": 1500,"
                + " \"best_throughput_per_s\": 40.0, \"hints_seen\": 1}}, \"unlocked\": []}");
        String out = withoutTerminal("", "levels");
        assertThat(out).contains("chopping-board").contains("2 of 3 stars, best 1.5s")
                .containsPattern("soup-kitchen +The Soup Kitchen +0 of 3 stars").contains("locked");
    }
}
