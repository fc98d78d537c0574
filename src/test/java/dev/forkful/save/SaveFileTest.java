package dev.forkful.save;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SaveFileTest {
    static final Clock NOON = Clock.fixed(Instant.parse("2026-11-25T21:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void progressSurvivesARoundTrip() throws Exception {
        Progress p = Progress.EMPTY.with("lunch-rush", new LevelProgress(2, 740, 8.5, 1)).unlock("house-fire")
                .withFile(Path.of("/levels/mine.toml"), new LevelProgress(3, 12, 80, 0));
        SaveFile file = new SaveFile(dir.resolve("forkful"));
        assertThat(file.save(p).progress()).isEqualTo(p);
        SaveFile.Loaded loaded = file.load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.progress()).isEqualTo(p);
        try (var files = Files.list(dir.resolve("forkful"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("progress.json", "progress.json.lock");
        }
    }

    @Test
    void aMissingFileIsAFreshStartWithoutComplaint() {
        SaveFile.Loaded loaded = new SaveFile(dir.resolve("none")).load();
        assertThat(loaded.progress()).isEqualTo(Progress.EMPTY);
        assertThat(loaded.problem()).isEmpty();
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aSaveMergesWithWhatAnotherGameWrote() throws Exception {
        SaveFile mine = new SaveFile(dir);
        SaveFile theirs = new SaveFile(dir);
        mine.save(Progress.EMPTY.with("a", new LevelProgress(2, 900, 5, 0)).unlock("b"));
        theirs.save(Progress.EMPTY.with("a", new LevelProgress(1, 700, 6, 2)).with("c", new LevelProgress(3, 10, 2, 0)).unlock("d"));
        Progress p = mine.load().progress();
        assertThat(p.of("a")).isEqualTo(new LevelProgress(2, 700, 6, 2));
        assertThat(p.of("c")).isEqualTo(new LevelProgress(3, 10, 2, 0));
        assertThat(p.unlocked()).containsExactlyInAnyOrder("b", "d");
    }

    @Test
    void aFileOfFormatOneLoadsAsTheBuiltInCampaignsRecordsAndIsWrittenBackAsFormatThree() throws Exception {
        Files.writeString(dir.resolve("progress.json"), """
                {"format": 1, "levels": {"chopping-board": {"stars": 2, "best_wall_ms": 1500,
                 "best_throughput_per_s": 40.0, "hints_seen": 1}}, "unlocked": ["soup-kitchen"]}""");
        SaveFile file = new SaveFile(dir);
        SaveFile.Loaded loaded = file.load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.progress().of("chopping-board")).isEqualTo(new LevelProgress(2, 1500, 40.0, 1));
        assertThat(loaded.progress().files()).isEmpty();
        file.save(Progress.EMPTY);
        assertThat(Files.readString(dir.resolve("progress.json"))).contains("\"format\": 3").contains("\"files\": {}")
                .contains("\"campaigns\": {}");
        assertThat(file.load().progress()).isEqualTo(loaded.progress());
    }

    @Test
    void eachCampaignKeepsItsOwnProgressInTheOneFile() throws Exception {
        SaveFile builtIn = new SaveFile(dir);
        SaveFile workshop = new SaveFile(dir, "workshop");
        builtIn.save(Progress.EMPTY.with("soup", new LevelProgress(3, 100, 5, 0)).unlock("bread"));
        workshop.save(Progress.EMPTY.with("soup", new LevelProgress(1, 900, 1, 2)));
        workshop.save(Progress.EMPTY.with("soup", new LevelProgress(2, 950, 1, 0)));

        assertThat(builtIn.load().progress()).isEqualTo(Progress.EMPTY.with("soup", new LevelProgress(3, 100, 5, 0)).unlock("bread"));
        assertThat(workshop.load().progress()).isEqualTo(Progress.EMPTY.with("soup", new LevelProgress(2, 900, 1, 2)));
        assertThat(new SaveFile(dir, "another").load().progress()).isEqualTo(Progress.EMPTY);
        assertThat(Files.readString(dir.resolve("progress.json"))).contains("\"campaigns\": {", "\"workshop\": {");
    }

    @Test
    void anOldFileIsTheBuiltInCampaignsAndNoFolderCampaignsProgress() throws Exception {
        Files.writeString(dir.resolve("progress.json"), """
                {"format": 2, "levels": {"soup": {"stars": 2, "best_wall_ms": 1, "best_throughput_per_s": 1.0, "hints_seen": 0}},
                 "files": {}, "unlocked": ["bread"]}""");
        assertThat(new SaveFile(dir).load().progress().of("soup").stars()).isEqualTo(2);
        assertThat(new SaveFile(dir, "levels").load().progress()).isEqualTo(Progress.EMPTY);
    }

    @Test
    void aLooseFileIsKeyedByItsAbsolutePathApartFromTheCampaign() {
        Path here = Path.of("levels/../levels/mine.toml");
        Progress p = Progress.EMPTY.withFile(here, new LevelProgress(3, 1, 1, 0));
        assertThat(p.of("mine")).isEqualTo(LevelProgress.NONE);
        assertThat(p.ofFile(Path.of("levels/mine.toml").toAbsolutePath())).isEqualTo(new LevelProgress(3, 1, 1, 0));
        assertThat(p.levels()).isEmpty();
    }

    @Test
    void aDamagedFileIsKeptAsideAndReported() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"format\": 1, \"levels\": {\"x\": ");
        assertSetAside("{\"format\": 1", "");
    }

    /** Each of these is damaged: read, it would show "99 of 3 stars" or make every later save fail. */
    @ParameterizedTest
    @ValueSource(strings = {
            "\"stars\": 99, \"best_wall_ms\": 1, \"best_throughput_per_s\": 1, \"hints_seen\": 0|stars is 99",
            "\"stars\": -1, \"best_wall_ms\": 1, \"best_throughput_per_s\": 1, \"hints_seen\": 0|stars is -1",
            "\"stars\": 1.5, \"best_wall_ms\": 1, \"best_throughput_per_s\": 1, \"hints_seen\": 0|stars is 1.5",
            "\"stars\": \"2\", \"best_wall_ms\": 1, \"best_throughput_per_s\": 1, \"hints_seen\": 0|it is a number",
            "\"stars\": 1, \"best_wall_ms\": -100, \"best_throughput_per_s\": 1, \"hints_seen\": 0|best_wall_ms is -100",
            "\"stars\": 1, \"best_wall_ms\": 1, \"best_throughput_per_s\": -1.0, \"hints_seen\": 0|best throughput is -1.0",
            "\"stars\": 1, \"best_wall_ms\": 1, \"best_throughput_per_s\": NaN, \"hints_seen\": 0|not valid JSON (line 1, column",
            "\"stars\": 1, \"best_wall_ms\": 1, \"best_throughput_per_s\": Infinity, \"hints_seen\": 0|not valid JSON (line 1, column",
            "\"stars\": 1, \"best_wall_ms\": 1, \"best_throughput_per_s\": 1e999, \"hints_seen\": 0|too large",
            "\"stars\": 1, \"best_wall_ms\": 1, \"best_throughput_per_s\": 1, \"hints_seen\": -5|hints_seen is -5",
            "\"stars\": 1, \"best_wall_ms\": 1, \"best_throughput_per_s\": 1|hints_seen is missing"})
    void aRecordOutsideItsLimitsIsDamaged(String recordAndReason) throws Exception {
        String[] parts = recordAndReason.split("\\|");
        Files.writeString(dir.resolve("progress.json"), "{\"format\": 2, \"levels\": {\"chopping-board\": {" + parts[0]
                + "}}, \"files\": {}, \"unlocked\": []}");
        assertSetAside("{\"format\": 2", parts[1]);
    }

    /** Found by the second adversarial pass: a file of the wrong shape was set aside with Java's own NullPointerException text. */
    @ParameterizedTest
    @ValueSource(strings = {
            "[]|the progress is not an object",
            "{\"format\": 2, \"levels\": [], \"files\": {}, \"unlocked\": []}|\"levels\" is not an object",
            "{\"format\": 2, \"levels\": {}, \"files\": {}}|\"unlocked\" is missing",
            "{\"format\": 2, \"levels\": {}, \"files\": {}, \"unlocked\": {}}|\"unlocked\" is not a list",
            "{\"format\": 2, \"levels\": {}, \"files\": {}, \"unlocked\": [[1]]}|\"unlocked\" holds [1]",
            "{\"format\": 2, \"levels\": {\"a\": 3}, \"files\": {}, \"unlocked\": []}|\"a\" is not an object",
            "{\"format\": 3, \"levels\": {}, \"files\": {}, \"unlocked\": []}|\"campaigns\" is missing",
            "{\"format\": 3, \"levels\": {}, \"files\": {}, \"unlocked\": [], \"campaigns\": {\"w\": {\"levels\": {}, \"files\": {}}}}"
                    + "|campaign \"w\": \"unlocked\" is missing",
            "{\"format\": 4, \"levels\": {}, \"files\": {}, \"unlocked\": []}|format is 4"})
    void aFileOfTheWrongShapeIsDamagedAndSaysWhere(String fileAndReason) throws Exception {
        String[] parts = fileAndReason.split("\\|");
        Files.writeString(dir.resolve("progress.json"), parts[0]);
        assertSetAside(parts[0].substring(0, Math.min(2, parts[0].length())), parts[1]);
    }

    @Test
    void aLevelKeyWithEscapesIsQuotedInTheReport() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"format\": 2, \"levels\": {\"x\\u001b]0;owned\\u0007\": {\"stars\": 9,"
                + " \"best_wall_ms\": 1, \"best_throughput_per_s\": 1, \"hints_seen\": 0}}, \"files\": {}, \"unlocked\": []}");
        SaveFile.Loaded loaded = new SaveFile(dir, NOON).load();
        assertThat(loaded.problem()).hasValueSatisfying(m -> assertThat(m).contains("\"x\\u001b]0;owned\\u0007\": stars is 9")
                .doesNotContain("\u001b"));
    }

    @Test
    void moreAfterTheProgressIsDamaged() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"format\": 2, \"levels\": {}, \"files\": {}, \"unlocked\": []} {}");
        assertSetAside("{\"format\": 2", "not valid JSON");
    }

    @Test
    void aHugeFileIsSetAsideUnread() throws Exception {
        try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("progress.json").toFile(), "rw")) {
            sparse.setLength(600L << 20); // 600 MB of holes: nothing is written, reading it would still fill the heap
        }
        assertSetAside("", "larger than 4 MB");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLinkToDevZeroIsSetAsideUnreadAndTheDeviceUntouched() throws Exception {
        Files.createSymbolicLink(dir.resolve("progress.json"), Path.of("/dev/zero"));
        SaveFile.Loaded loaded = new SaveFile(dir, NOON).load();
        assertThat(loaded.problem()).hasValueSatisfying(m -> assertThat(m).contains("a symbolic link, not a regular file"));
        assertThat(Files.isSymbolicLink(dir.resolve("progress.json.damaged-20261125-210000"))).isTrue();
        assertThat(dir.resolve("progress.json")).doesNotExist();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoIsSetAsideWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("progress.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        SaveFile file = new SaveFile(dir, NOON);
        assertThat(file.load().problem()).hasValueSatisfying(m -> assertThat(m).contains("a device or a pipe, not a regular file"));
        assertThat(Files.isRegularFile(dir.resolve("progress.json.damaged-20261125-210000"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(fifo).doesNotExist();
        file.save(Progress.EMPTY.with("a", new LevelProgress(1, 0, 1, 0)));
        assertThat(file.load().progress().of("a").stars()).isEqualTo(1);
    }

    @Test
    void temporaryFilesLeftByAKilledGameAreRemovedAtStart() throws Exception {
        Files.writeString(dir.resolve("progress123456.tmp"), "{\"format\": 2");
        Files.writeString(dir.resolve("progress-notes.tmp"), "mine");
        new SaveFile(dir).load();
        assertThat(dir.resolve("progress123456.tmp")).doesNotExist();
        assertThat(dir.resolve("progress-notes.tmp")).exists();
    }

    @Test
    void aFailedSaveSaysWhereAndWhy() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("forkful"), "a file where the data folder should be");
        SaveFile file = new SaveFile(notAFolder);
        assertThat(file.load().progress()).isEqualTo(Progress.EMPTY);
        assertThatThrownBy(() -> file.save(Progress.EMPTY)).satisfies(e ->
                assertThat(SaveFile.why((Exception) e)).isEqualTo(notAFolder + ": a file is in the way"));
        SaveFile below = new SaveFile(notAFolder.resolve("deeper"));
        assertThatThrownBy(() -> below.save(Progress.EMPTY)).satisfies(e ->
                assertThat(SaveFile.why((Exception) e)).isEqualTo(notAFolder.resolve("deeper") + ": Not a directory"));
    }

    @Test
    void theDataFolderFollowsXdg() {
        Path home = Path.of("/home/cook");
        assertThat(DataDir.resolve(Map.of("XDG_DATA_HOME", "/data"), home)).isEqualTo(Path.of("/data/forkful"));
        assertThat(DataDir.resolve(Map.of("XDG_DATA_HOME", "relative"), home)).isEqualTo(Path.of("/home/cook/.local/share/forkful"));
        assertThat(DataDir.resolve(Map.of(), home)).isEqualTo(Path.of("/home/cook/.local/share/forkful"));
    }

    @Test
    void bestFiguresOnlyImprove() {
        LevelProgress p = LevelProgress.NONE.withRun(2, 900, true, 6.0, "a=thread:2").withRun(1, 700, false, 9.0, "a=thread:1")
                .withRun(1, 800, true, 5.0, "a=process:1");
        assertThat(p).isEqualTo(new LevelProgress(2, 800, 9.0, 0, new LevelProgress.BestPlan("a=thread:2", 2, 900)));
    }

    @Test
    void theBestPlanIsTheOneWithMostStarsThenTheShorterWall() {
        LevelProgress p = LevelProgress.NONE.withRun(1, 300, true, 1, "a=thread:1").withRun(2, 900, true, 1, "a=thread:2")
                .withRun(2, 600, true, 1, "a=thread:4").withRun(2, 700, true, 1, "a=process:2").withRun(1, 100, true, 1, "a=coroutine");
        assertThat(p.bestPlan()).isEqualTo(new LevelProgress.BestPlan("a=thread:4", 2, 600));
        LevelProgress other = LevelProgress.NONE.withRun(3, 2000, true, 1, "a=process:4");
        assertThat(p.merge(other).bestPlan().plan()).isEqualTo("a=process:4");
        assertThat(other.merge(p).bestPlan().plan()).isEqualTo("a=process:4");
        assertThat(new LevelProgress(3, 10, 1, 0).merge(p).bestPlan().plan()).as("a record without a plan keeps the other's")
                .isEqualTo("a=thread:4");
    }

    @Test
    void theBestPlanIsSavedAndReadBackAndAFileWithoutOneStillLoads() throws Exception {
        SaveFile file = new SaveFile(dir, "workshop");
        LevelProgress played = LevelProgress.NONE.withRun(2, 450, true, 3.0, "soup=coroutine bread=thread:2");
        file.save(Progress.EMPTY.with("soup", played));
        assertThat(file.load().progress().of("soup")).isEqualTo(played);
        Files.writeString(dir.resolve("progress.json"), """
                {"format": 3, "levels": {"a": {"stars": 1, "best_wall_ms": 5, "best_throughput_per_s": 1.0, "hints_seen": 0}},
                 "files": {}, "unlocked": [], "campaigns": {}}""");
        assertThat(new SaveFile(dir).load().progress().of("a").bestPlan()).isEqualTo(LevelProgress.BestPlan.NONE);
    }

    @Test
    void aBestPlanWithoutItsTextIsDamage() throws Exception {
        Files.writeString(dir.resolve("progress.json"), """
                {"format": 3, "levels": {"a": {"stars": 1, "best_wall_ms": 5, "best_throughput_per_s": 1.0, "hints_seen": 0,
                 "best_plan": {"stars": 1, "wall_ms": 5}}}, "files": {}, "unlocked": [], "campaigns": {}}""");
        assertThat(new SaveFile(dir, NOON).load().problem()).hasValueSatisfying(p -> assertThat(p).contains("best_plan's plan is missing"));
    }

    @Test
    void aRunWhoseThroughputIsNotANumberLeavesTheBestAsItWasAndTheFileSaveable() throws Exception {
        LevelProgress p = new LevelProgress(1, 100, 4.0, 0).withRun(1, 90, true, Double.NaN, "a=thread:1")
                .withRun(1, 90, true, Double.POSITIVE_INFINITY, "a=thread:1");
        assertThat(p.bestThroughput()).isEqualTo(4.0);
        SaveFile file = new SaveFile(dir);
        file.save(Progress.EMPTY.with("a", p));
        assertThat(file.load().progress().of("a")).isEqualTo(new LevelProgress(1, 90, 4.0, 0, new LevelProgress.BestPlan("a=thread:1", 1, 90)));
    }

    /** The file was renamed aside with its content, the problem names it and why, the game starts afresh. */
    private void assertSetAside(String contentStart, String why) throws Exception {
        SaveFile.Loaded loaded = new SaveFile(dir, NOON).load();
        Path aside = dir.resolve("progress.json.damaged-20261125-210000");
        assertThat(loaded.progress()).isEqualTo(Progress.EMPTY);
        assertThat(loaded.problem()).hasValueSatisfying(m -> assertThat(m).contains(aside.toString()).contains(why));
        if (!contentStart.isEmpty()) {
            assertThat(Files.readString(aside)).startsWith(contentStart);
        }
        assertThat(dir.resolve("progress.json")).doesNotExist();
    }
}
