package dev.forkful.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM, its errors kept for a test to read and its output dropped. */
final class Cli {
    final StringWriter err = new StringWriter();

    int run(String... args) {
        var cl = ForkfulCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }
}
