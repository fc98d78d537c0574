package dev.forkful.cli;

import dev.forkful.level.Visible;
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
        if (System.getenv("FORKFUL_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("forkful: " + Visible.text(what));
        cl.getErr().flush();
        return 1;
    }
}
