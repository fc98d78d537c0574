package dev.forkful.engine;

import java.io.BufferedReader;
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
    private static final Pattern FATAL = Pattern.compile("^#\\s+(SIG[A-Z]+|EXCEPTION_[A-Z_]+) ");

    private Signals() {
    }

    static String name(int signal) {
        return signal > 0 && signal < NAMES.length ? NAMES[signal] : "signal " + signal;
    }

    /**
     * The signal named at the top of a child's fatal-error log (the JVM catches SIGSEGV, writes the
     * log, then aborts with SIGABRT), or null when there is no log. The log is deleted once read.
     */
    static String fatalErrorSignal(Path log) {
        if (!Files.isRegularFile(log)) {
            return null;
        }
        try (BufferedReader r = Files.newBufferedReader(log)) {
            String line;
            for (int i = 0; i < 20 && (line = r.readLine()) != null; i++) {
                Matcher m = FATAL.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        } catch (IOException e) {
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
