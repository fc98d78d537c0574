package dev.forkful.bench;

import dev.forkful.worker.ProcStatus;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A process's memory three ways, from its {@code /proc/PID/smaps_rollup}: RSS counts every page it
 * maps, shared ones whole; PSS gives it an equal share of each shared page; USS is its private pages
 * only, what one more such process costs the machine.
 */
public record Rollup(long rssBytes, long pssBytes, long ussBytes) {

    static Optional<Rollup> of(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "smaps_rollup"));
    }

    static Optional<Rollup> self() {
        return read(Path.of("/proc/self/smaps_rollup"));
    }

    /** Empty where the file is not there: not Linux, a kernel before 4.14, or the process is gone. */
    static Optional<Rollup> read(Path smapsRollup) {
        return parse(ProcStatus.text(smapsRollup));
    }

    static Optional<Rollup> parse(String text) {
        var rss = ProcStatus.bytes(text, "Rss");
        var pss = ProcStatus.bytes(text, "Pss");
        var clean = ProcStatus.bytes(text, "Private_Clean");
        var dirty = ProcStatus.bytes(text, "Private_Dirty");
        if (rss.isEmpty() || pss.isEmpty() || clean.isEmpty() || dirty.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rollup(rss.getAsLong(), pss.getAsLong(), clean.getAsLong() + dirty.getAsLong()));
    }
}
