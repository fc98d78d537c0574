package dev.forkful.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
        // no method reference and no string concatenation: each would link a call site here, at run time,
        // as the training run never writes this file
        Optional<Duration> cpu = ProcessHandle.current().info().totalCpuDuration();
        long cpuMs = cpu.isPresent() ? cpu.get().toMillis() : -1;
        String line = new StringBuilder().append(now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000)
                .append(' ').append(cpuMs).append('\n').toString();
        try {
            Files.writeString(Path.of(file), line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
