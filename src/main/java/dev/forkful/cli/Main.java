package dev.forkful.cli;

import java.io.PrintWriter;

/** Entry point: builds the picocli command line that the arguments need and exits with its code. */
public final class Main {
    private Main() {
    }

    static {
        // picocli would otherwise look for Groovy's Closure class on the class path at its first command
        System.setProperty("picocli.disable.closures", "true");
    }

    /** {@code forkful} alone plays without picocli, having nothing to parse; every other start parses with it. */
    public static void main(String[] args) {
        System.exit(args.length == 0 ? play() : run(args));
    }

    /** {@code forkful} alone: the game, as picocli would run the root command with no arguments. */
    static int play() {
        try {
            return new RootCommand().call();
        } catch (RuntimeException e) {
            return FriendlyErrors.report(e, new PrintWriter(System.err, true));
        }
    }

    /** Runs the command line without exiting, for tests and the worker re-entry. */
    public static int run(String... args) {
        return ForkfulCommand.commandLineFor(args).execute(args);
    }
}
