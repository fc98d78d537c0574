package dev.forkful.cli;

import dev.forkful.level.Visible;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected exception into one line and exit code 1: a player never sees a stack trace.
 * Set {@code FORKFUL_DEBUG=1} to get the trace for a bug report.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        return report(ex, cl.getErr());
    }

    /** Says {@code ex} on {@code err} in one line (and its trace under {@code FORKFUL_DEBUG}); the exit code. */
    static int report(Exception ex, PrintWriter err) {
        if (System.getenv("FORKFUL_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("forkful: " + Visible.text(what));
        err.flush();
        return 1;
    }
}
