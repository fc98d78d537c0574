package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
}
