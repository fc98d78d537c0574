package dev.forkful.console;

import dev.forkful.flow.LiveKitchen.LogLine;
import dev.forkful.level.Plain;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a running kitchen's event log the line mode has not printed yet. The log counts a repeat
 * of its last line in place ({@code (x3)} growing to {@code (x9)}) and drops its oldest lines, so a
 * line is known by when, what kind and what it said, not by its count: each line is printed once,
 * and a count that grew after it was printed is said once, when another line follows or the run ends.
 */
final class LogTail {
    private LogLine printed;

    /** The lines to print now, in order; {@code finished} when no line will follow. */
    List<String> next(List<LogLine> log, boolean finished) {
        List<String> out = new ArrayList<>();
        int from = 0;
        if (printed != null) {
            int at = find(log, printed);
            if (at < 0) {
                while (from < log.size() && log.get(from).atNanos() <= printed.atNanos()) {
                    from++;
                }
            } else {
                LogLine now = log.get(at);
                if (now.times() > printed.times() && (at < log.size() - 1 || finished)) {
                    out.add(Plain.format("%7.2fs  (the line at %.2fs: x%d in all)", now.atNanos() / 1e9,
                            now.atNanos() / 1e9, now.times()));
                    printed = now;
                }
                from = at + 1;
            }
        }
        for (LogLine l : log.subList(from, log.size())) {
            out.add(Plain.format("%7.2fs  %s%s", l.atNanos() / 1e9, l.text(), l.times() > 1 ? " (x" + l.times() + ")" : ""));
            printed = l;
        }
        return out;
    }

    private static int find(List<LogLine> log, LogLine line) {
        for (int i = log.size() - 1; i >= 0; i--) {
            LogLine l = log.get(i);
            if (l.atNanos() == line.atNanos() && l.kind() == line.kind() && l.text().equals(line.text())) {
                return i;
            }
        }
        return -1;
    }
}
