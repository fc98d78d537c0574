package dev.forkful.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Several games save at once, as threads of one JVM and as JVMs of their own: every record survives. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrentSavesTest {
    static final int MORE = 25;

    @TempDir
    Path dir;

    @Test
    void threadsOfOneGameLoseNothing() throws Exception {
        int writers = 4;
        List<Integer> counts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String name = "w" + w;
                done.add(pool.submit(() -> SaveWriter.write(dir, name, writers, MORE)));
            }
            for (Future<Integer> f : done) {
                counts.add(f.get());
            }
        }
        assertEveryRecordSurvived(counts);
    }

    @Test
    void gamesInProcessesOfTheirOwnLoseNothing() throws Exception {
        int writers = 3;
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<Process> games = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                games.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SaveWriter.class.getName(),
                        dir.toString(), "w" + w, String.valueOf(writers), String.valueOf(MORE))
                        .redirectErrorStream(true).start());
            }
            List<Integer> counts = new ArrayList<>();
            for (Process game : games) {
                String out = new String(game.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(game.waitFor()).as(out).isZero();
                counts.add(Integer.parseInt(out.strip().replace("saved ", "")));
            }
            assertEveryRecordSurvived(counts);
        } finally {
            games.forEach(Process::destroyForcibly);
        }
    }

    private void assertEveryRecordSurvived(List<Integer> counts) throws Exception {
        SaveFile.Loaded loaded = new SaveFile(dir).load();
        assertThat(loaded.problem()).isEmpty();
        for (int w = 0; w < counts.size(); w++) {
            assertThat(counts.get(w)).isGreaterThanOrEqualTo(MORE);
            for (int i = 0; i < counts.get(w); i++) {
                String key = "w" + w + "-" + i;
                assertThat(loaded.progress().of(key)).as(key).isEqualTo(new LevelProgress(1 + i % 3, i + 1, i, 0));
                assertThat(loaded.progress().unlocked()).as(key).contains(key);
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("progress.json", "progress.json.lock");
        }
    }
}
