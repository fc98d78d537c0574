package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forkful.level.Campaign;
import dev.forkful.level.Level;
import dev.forkful.timeline.ChromeTraceRules;
import dev.forkful.timeline.TimelineRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One trace file for one run; with --repeat N, one per run, numbered before the extension. */
class TraceFilesTest {
    @Test
    void oneRunWritesTheFileAsNamed() {
        assertThat(new TraceFiles(Path.of("out/t.json"), null).of(1, 1)).isEqualTo(Path.of("out/t.json"));
    }

    @Test
    void repeatedRunsAreNumberedBeforeTheExtensionOrAtTheEnd() {
        assertThat(new TraceFiles(Path.of("out/t.json"), null).of(3, 5)).isEqualTo(Path.of("out/t-3.json"));
        assertThat(new TraceFiles(Path.of("trace"), null).of(2, 2)).isEqualTo(Path.of("trace-2"));
        assertThat(new TraceFiles(Path.of(".trace"), null).of(2, 2)).isEqualTo(Path.of(".trace-2"));
        assertThat(new TraceFiles(Path.of("a.b/t.x.json"), null).of(1, 2)).isEqualTo(Path.of("a.b/t.x-1.json"));
    }

    @Test
    void runTellsWhereTheTracesWent() {
        assertThat(new TraceFiles(Path.of("t.json"), null).told(3))
                .isEqualTo("Traces: t-1.json … t-3.json, one per run (open them at https://ui.perfetto.dev or chrome://tracing)");
        assertThat(new TraceFiles(Path.of("t.json"), null).told(1)).isEqualTo("Trace: t.json (open it at https://ui.perfetto.dev or chrome://tracing)");
    }

    @Test
    void eachRunsTraceIsWrittenWholeWithNothingLeftBeside(@TempDir Path dir) throws Exception {
        Level level = Campaign.resolve("chopping-board");
        TraceFiles traces = new TraceFiles(dir.resolve("t.json"), level);

        traces.write(2, 2, new TimelineRecorder(level).timeline());

        assertThat(ChromeTraceRules.problems(Files.readString(dir.resolve("t-2.json")))).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("t-2.json"));
        }
    }

    @Test
    void aFolderGoneBeforeTheWriteIsSaidInWords(@TempDir Path dir) throws Exception {
        Level level = Campaign.resolve("chopping-board");
        TraceFiles traces = new TraceFiles(dir.resolve("gone/t.json"), level);

        assertThatThrownBy(() -> traces.write(1, 1, new TimelineRecorder(level).timeline()))
                .isInstanceOf(NoSuchFileException.class)
                .satisfies(e -> assertThat(TraceFiles.reason((IOException) e)).isEqualTo("its folder is gone"));
    }
}
