package dev.forkful.cli;

import java.io.PrintWriter;

/** Entry point: builds the picocli command line that the arguments need and exits with its code. */
public final class Main {
    private Main() {
    }

    /**
     * The two commonest starts skip picocli, having nothing to parse: its classes (Java 5 class files, which
     * JDK 25's AOT cache cannot hold) and its model cost more than the rest of the JVM's start.
     */
    public static void main(String[] args) {
        if (VersionProvider.asked(args)) {
            System.out.println(String.join(System.lineSeparator(), new VersionProvider().getVersion()));
            System.exit(ExitCodes.OK);
        }
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
