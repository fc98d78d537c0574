package dev.forkful.cli;

import picocli.CommandLine;

/** Entry point: builds the picocli command tree and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests and the worker re-entry. */
    public static int run(String... args) {
        return ForkfulCommand.commandLine().execute(args);
    }
}
