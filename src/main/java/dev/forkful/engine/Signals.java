package dev.forkful.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names for the signals that end kitchens, and the cause a JVM's fatal-error log gives. */
final class Signals {
    private static final String[] NAMES = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
        "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
    };
    private static final Pattern FATAL = Pattern.compile("^(?:#\\s+)?(SIG[A-Z]+|EXCEPTION_[A-Z_]+) \\(0x");

    private Signals() {
    }

    static String name(int signal) {
        return signal > 0 && signal < NAMES.length ? NAMES[signal] : "signal " + signal;
    }

    /**
     * The signal a line of a JVM fatal-error report names ({@code #  SIGSEGV (0xb) at pc=...}), or null.
     * The "#" may be missing: a heartbeat written in the middle of that line leaves its tail on a line of its own.
     */
    static String inFatalErrorReport(String line) {
        Matcher m = FATAL.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The signal named at the top of a child's fatal-error log, or null; the log is deleted. The
     * same header usually came over the pipe already, but not always in time to be read.
     */
    static String fromCrashLog(Path log) {
        try {
            if (!Files.isRegularFile(log)) {
                return null;
            }
            try (var lines = Files.lines(log)) {
                return lines.limit(20).map(Signals::inFatalErrorReport).filter(s -> s != null).findFirst().orElse(null);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                // the temp folder keeps it
            }
        }
    }
}
