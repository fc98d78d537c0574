package dev.forkful.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * For scripts/startup: when {@code FORKFUL_FIRST_FRAME} names a file, the wall-clock time of the
 * first frame (epoch microseconds) and the CPU time the process had used by then (ms) are written
 * there, to measure launch-to-first-frame from outside; the CPU figure stays fair on a busy machine.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    static void note() {
        String file = System.getenv("FORKFUL_FIRST_FRAME");
        if (file == null || file.isBlank()) {
            return;
        }
        Instant now = Instant.now();
        long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        try {
            Files.writeString(Path.of(file), (now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000) + " " + cpuMs + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
