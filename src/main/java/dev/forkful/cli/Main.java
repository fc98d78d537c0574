package dev.forkful.cli;

import dev.forkful.engine.Prestart;
import java.io.PrintWriter;

/** Entry point: builds the picocli command line that the arguments need and exits with its code. */
public final class Main {
    private Main() {
    }

    static {
        // picocli would otherwise look for Groovy's Closure class on the class path at its first command
        System.setProperty("picocli.disable.closures", "true");
    }

    /**
     * The two commonest starts skip picocli, having nothing to parse: {@code forkful} alone plays, and
     * {@code forkful --version} prints what picocli's {@link VersionProvider} says. Building even the root's
     * model for the version cost 100 ms more (load 5) and kept {@code --version} far from issue 14's 150 ms.
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

    /**
     * Runs the command line without exiting, for tests and the worker re-entry. A run's kitchens start
     * first ({@link RunCommand#prestart}); any that no run took are killed before it returns.
     */
    public static int run(String... args) {
        RunCommand.prestart(args);
        try {
            return ForkfulCommand.commandLineFor(args).execute(args);
        } finally {
            Prestart.killUnused();
        }
    }
}
