package dev.forkful.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveFileTest {
    @TempDir
    Path dir;

    @Test
    void progressSurvivesARoundTrip() throws Exception {
        Progress p = Progress.EMPTY.with("lunch-rush", new LevelProgress(2, 740, 8.5, 1)).unlock("house-fire");
        SaveFile file = new SaveFile(dir.resolve("forkful"));
        file.save(p);
        SaveFile.Loaded loaded = file.load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.progress()).isEqualTo(p);
        try (var files = Files.list(dir.resolve("forkful"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("progress.json");
        }
    }

    @Test
    void aMissingFileIsAFreshStartWithoutComplaint() {
        SaveFile.Loaded loaded = new SaveFile(dir).load();
        assertThat(loaded.progress()).isEqualTo(Progress.EMPTY);
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void aDamagedFileIsKeptAsideAndReported() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"format\": 1, \"levels\": {\"x\": ");
        SaveFile file = new SaveFile(dir, Clock.fixed(Instant.parse("2026-11-25T21:00:00Z"), ZoneOffset.UTC));
        SaveFile.Loaded loaded = file.load();
        Path aside = dir.resolve("progress.json.damaged-20261125-210000");
        assertThat(loaded.progress()).isEqualTo(Progress.EMPTY);
        assertThat(loaded.problem()).hasValueSatisfying(m -> assertThat(m).contains(aside.toString()));
        assertThat(Files.readString(aside)).startsWith("{\"format\": 1");
        assertThat(dir.resolve("progress.json")).doesNotExist();
    }

    @Test
    void aSaveReplacesTheOldFileWhole() throws Exception {
        SaveFile file = new SaveFile(dir);
        file.save(Progress.EMPTY.with("a", new LevelProgress(1, 0, 1, 0)));
        file.save(Progress.EMPTY.with("b", new LevelProgress(3, 10, 2, 2)));
        assertThat(file.load().progress().levels()).containsOnlyKeys("b");
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
        LevelProgress p = LevelProgress.NONE.withRun(2, 900, true, 6.0).withRun(1, 700, false, 9.0).withRun(1, 800, true, 5.0);
        assertThat(p).isEqualTo(new LevelProgress(2, 800, 9.0, 0));
    }
}
